package dev.releasegate.verifier.catalog;

/**
 * An object an extension created and owns (pg_depend type 'e'): a function, a relation or a type. Checklists
 * written from a database name the extension, not the hundreds of objects it brings.
 */
public record ExtensionMember(String extension, Kind kind, QualifiedName name, long oid) {

    /** The kinds of member the catalog is asked about. */
    public enum Kind {
        FUNCTION, RELATION, TYPE
    }
}
