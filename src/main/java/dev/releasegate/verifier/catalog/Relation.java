package dev.releasegate.verifier.catalog;

/** A table, view, materialized view or foreign table, with its row level security flags. */
public record Relation(QualifiedName name, Kind kind, boolean rowSecurity, boolean rowSecurityForced, String owner) {

    public enum Kind {
        TABLE, VIEW, MATERIALIZED_VIEW, FOREIGN_TABLE;

        static Kind fromCatalog(String relkind) {
            return switch (relkind) {
                case "r", "p" -> TABLE;
                case "v" -> VIEW;
                case "m" -> MATERIALIZED_VIEW;
                case "f" -> FOREIGN_TABLE;
                default -> throw new IllegalStateException("unexpected relkind " + relkind);
            };
        }
    }

    public boolean isTable() {
        return kind == Kind.TABLE;
    }
}
