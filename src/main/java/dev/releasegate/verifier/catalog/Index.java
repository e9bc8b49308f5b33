package dev.releasegate.verifier.catalog;

import java.util.List;

/** An index with its key columns (or expressions) in order. */
public record Index(QualifiedName table, String name, List<String> columns, boolean unique, boolean primary,
                    String predicate, String definition) {

    public Index {
        columns = List.copyOf(columns);
    }
}
