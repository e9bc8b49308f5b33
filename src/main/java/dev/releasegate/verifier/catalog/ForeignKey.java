package dev.releasegate.verifier.catalog;

import java.util.List;

/** A foreign key constraint with its columns in key order and both rules. */
public record ForeignKey(String name, QualifiedName table, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ForeignKeyRule onDelete, ForeignKeyRule onUpdate) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    /** "trackpay_payments.session_id -> trackpay_sessions", the way checklists name a key. */
    public String describe() {
        String cols = columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
        return table + "." + cols + " -> " + referencedTable;
    }
}
