package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;
import java.util.Optional;

/** One row of "these indexes exist": a name, the columns, or both; uniqueness optional. */
public record IndexExpectation(QualifiedName table, Optional<String> name, List<String> columns, Optional<Boolean> unique) {

    public IndexExpectation {
        columns = List.copyOf(columns);
    }

    String describe() {
        return name.map(n -> "index " + n + " on " + table).orElse("index on " + table + "(" + String.join(", ", columns) + ")");
    }
}
