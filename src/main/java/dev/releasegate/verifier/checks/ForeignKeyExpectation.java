package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;
import java.util.Optional;

/** One row of "these foreign keys exist": the columns, referenced columns and rules are optional. */
public record ForeignKeyExpectation(QualifiedName table, List<String> columns, QualifiedName references,
                                    List<String> referencedColumns, Optional<ForeignKeyRule> onDelete,
                                    Optional<ForeignKeyRule> onUpdate) {

    public ForeignKeyExpectation {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    boolean identifies(ForeignKey key) {
        return key.table().equals(table) && key.referencedTable().equals(references)
                && (columns.isEmpty() || key.columns().equals(columns))
                && (referencedColumns.isEmpty() || key.referencedColumns().equals(referencedColumns));
    }

    String describe() {
        String cols = columns.isEmpty() ? "" : "." + (columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")");
        String refs = referencedColumns.isEmpty() ? "" : "(" + String.join(", ", referencedColumns) + ")";
        return table + cols + " -> " + references + refs;
    }
}
