package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;

/** One row of "these row counts hold": a table and its exact number of rows. */
public record RowCountExpectation(QualifiedName table, long rows) {
}
