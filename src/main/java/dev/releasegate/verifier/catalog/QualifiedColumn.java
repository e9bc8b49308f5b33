package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.outcome.ChecklistBroken;

/** A column named with its table, as a checklist writes it: {@code users.email}, {@code auth.users.email}. */
public record QualifiedColumn(QualifiedName table, String column) {

    public static QualifiedColumn parse(String text, String defaultSchema) {
        String trimmed = text == null ? "" : text.trim();
        int dot = trimmed.lastIndexOf('.');
        if (dot <= 0 || dot == trimmed.length() - 1) {
            throw new ChecklistBroken("\"" + trimmed + "\" does not name a column with its table: write \"users.email\""
                    + " (or \"schema.table.column\")");
        }
        return new QualifiedColumn(QualifiedName.parse(trimmed.substring(0, dot), defaultSchema), trimmed.substring(dot + 1).trim());
    }

    /** "users.email", or "auth.users.email" outside the public schema. */
    @Override
    public String toString() {
        return table + "." + column;
    }
}
