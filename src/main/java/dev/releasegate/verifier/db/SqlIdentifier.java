package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;

/** Quotes identifiers for SQL the way PostgreSQL's quote_ident does, always: names from checklists are never spliced raw. */
public final class SqlIdentifier {

    private SqlIdentifier() {
    }

    public static String quote(String identifier) {
        if (identifier == null || identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new ChecklistBroken("'" + identifier + "' is not a valid identifier");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public static String quote(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }
}
