package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.RowDifferences;

import java.util.List;

/** What happened to one table when its rows were compared across two databases. */
public sealed interface IdenticalRows {

    QualifiedName table();

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
