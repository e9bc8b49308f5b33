package dev.releasegate.verifier.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A foreign key as the database linter sees it, partition clones included: its table (and whether an extension
 * owns it), its column numbers and names in key order, the table it references, and whether the index the key
 * relies on in the referenced table is unique and whether it is the primary key.
 */
public record LintForeignKey(QualifiedName table, boolean tableExtensionOwned, String name, List<Integer> columnNumbers,
                             List<String> columns, QualifiedName referencedTable, Optional<Boolean> referencedIndexUnique,
                             Optional<Boolean> referencedIndexPrimary) {

    public LintForeignKey {
        columnNumbers = List.copyOf(columnNumbers);
        columns = List.copyOf(columns);
    }
}
