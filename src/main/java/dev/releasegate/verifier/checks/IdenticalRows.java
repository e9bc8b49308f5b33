package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.rows.RowShape;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.rows.RowDifferences;

import java.util.List;

/** What happened to one table when its rows were compared across two databases. */
public sealed interface IdenticalRows {

    QualifiedName table();

    /** One side of a comparison: whether the table is there, and how its rows are keyed (empty without a primary key). */
    record Side(String database, boolean exists, java.util.Optional<RowShape> shape) {
    }

    /** Why a table's rows cannot be compared row by row, if they cannot: in one database only, no key, other columns. */
    public static java.util.Optional<IdenticalRows> cannotCompare(QualifiedName table, Side source, Side target) {
        if (!source.exists() || !target.exists()) {
            return java.util.Optional.of(new OnlyIn(table, source.exists() ? source.database() : target.database()));
        }
        for (Side side : List.of(source, target)) {
            if (side.shape().isEmpty()) {
                return java.util.Optional.of(new NoPrimaryKey(table, side.database()));
            }
        }
        List<String> sourceColumns = source.shape().get().columnNames().stream().sorted().toList();
        List<String> targetColumns = target.shape().get().columnNames().stream().sorted().toList();
        return sourceColumns.equals(targetColumns) ? java.util.Optional.empty()
                : java.util.Optional.of(new ColumnsDiffer(table, sourceColumns, targetColumns));
    }

    /** Compared by primary key. */
    record Compared(RowDifferences rows) implements IdenticalRows {
        public QualifiedName table() {
            return rows.table();
        }
    }

    /** Rows without a primary key cannot be matched one to one. */
    record NoPrimaryKey(QualifiedName table, String database) implements IdenticalRows {
    }

    /** The table is in one database only. */
    record OnlyIn(QualifiedName table, String database) implements IdenticalRows {
    }

    /** The tables' columns differ, so every row would differ: the schema is the difference. */
    record ColumnsDiffer(QualifiedName table, List<String> sourceColumns, List<String> targetColumns) implements IdenticalRows {
        public ColumnsDiffer {
            sourceColumns = List.copyOf(sourceColumns);
            targetColumns = List.copyOf(targetColumns);
        }
    }
}
