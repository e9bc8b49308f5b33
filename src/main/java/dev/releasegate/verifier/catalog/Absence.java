package dev.releasegate.verifier.catalog;

import java.util.List;

/** What a database lacks of a table a checklist item is about: the whole table, or some of its columns, or nothing. */
public record Absence(String database, QualifiedName table, boolean tableMissing, List<String> missingColumns) {

    public Absence {
        missingColumns = List.copyOf(missingColumns);
    }

    public boolean nothing() {
        return !tableMissing && missingColumns.isEmpty();
    }
}
