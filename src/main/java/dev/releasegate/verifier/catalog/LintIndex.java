package dev.releasegate.verifier.catalog;

import java.util.List;
import java.util.Optional;

/**
 * An index as the database linter sees it: its table (and the table's relkind, and whether an extension owns
 * the table), its own relkind ({@code I} for the parent index of a partitioned table), its state flags, every
 * column number it holds in order (key columns, then INCLUDE columns; 0 for an expression), how often it was
 * scanned (empty when the statistics do not track it), and its shape: everything that defines it but its name
 * (two indexes of one table with the same shape are the same index).
 */
public record LintIndex(QualifiedName table, char tableRelkind, boolean tableExtensionOwned, String name, char relkind,
                        boolean valid, boolean live, boolean unique, boolean primary, List<Integer> columnNumbers,
                        Optional<Long> scans, String shape) {

    public LintIndex {
        columnNumbers = List.copyOf(columnNumbers);
    }

    /** The index's own schema-qualified name: an index lives in its table's schema. */
    public QualifiedName qualifiedName() {
        return new QualifiedName(table.schema(), name);
    }
}
