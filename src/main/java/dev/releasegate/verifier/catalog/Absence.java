package dev.releasegate.verifier.catalog;

import java.util.List;

/**
 * What a database lacks of a table a checklist item is about: the whole table, or some of its columns, or nothing;
 * and what it has instead (the tables, or the table's columns), so that a check can name the nearest.
 */
public record Absence(String database, QualifiedName table, boolean tableMissing, List<String> missingColumns,
                      List<QualifiedName> tablesPresent, List<String> columnsPresent) {

    public Absence {
        missingColumns = List.copyOf(missingColumns);
        tablesPresent = List.copyOf(tablesPresent);
        columnsPresent = List.copyOf(columnsPresent);
    }

    /** Without what the database has instead: no "did you mean". */
    public Absence(String database, QualifiedName table, boolean tableMissing, List<String> missingColumns) {
        this(database, table, tableMissing, missingColumns, List.of(), List.of());
    }

    public boolean nothing() {
        return !tableMissing && missingColumns.isEmpty();
    }
}
