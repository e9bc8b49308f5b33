package dev.releasegate.verifier.catalog;

/** A column as PostgreSQL prints it: type from format_type, default from pg_get_expr. */
public record Column(QualifiedName table, String name, int position, String type, boolean notNull, String defaultExpression) {
}
