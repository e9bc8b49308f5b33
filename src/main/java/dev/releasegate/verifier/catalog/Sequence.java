package dev.releasegate.verifier.catalog;

import java.util.Optional;

/**
 * A sequence and the column it feeds (serial or identity, from pg_depend), if any. The current position is not
 * part of the catalog: it is read with the column's values, at the moment of the check.
 */
public record Sequence(QualifiedName name, long startValue, long increment, Optional<QualifiedName> table, Optional<String> column) {

    public boolean ascending() {
        return increment > 0;
    }

    /** "trackpay_orders.id" */
    public String describeColumn() {
        return table.map(t -> t + "." + column.orElse("?")).orElse("(no owning column)");
    }
}
