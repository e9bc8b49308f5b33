package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.SqlIdentifier;
import dev.releasegate.verifier.db.SqlPredicate;

import java.util.Optional;

/**
 * What a count of a checklist counts: the rows of a table, or the distinct values of an expression over them (NULL
 * is no value, as {@code count(distinct ...)} has it), only where a condition holds when one is given.
 */
public record RowTally(QualifiedName table, Optional<SqlExpression> distinct, Optional<SqlPredicate> where) {

    /** Two tallies counted in one statement, so that both are of the same moment. */
    public record Counted(long first, long second, ExecutedQuery query) {
    }

    /** "the number of rows of diners", "the number of distinct lower(email) in customers where email is not null" */
    public String describe() {
        return "the number of " + distinct.map(e -> "distinct " + e + " in " + table).orElse("rows of " + table)
                + where.map(w -> " where " + w).orElse("");
    }

    String sql() {
        return "select " + distinct.map(e -> "count(distinct " + e.sql() + ")").orElse("count(*)") + " from "
                + SqlIdentifier.quote(table.schema(), table.name()) + where.map(w -> " where " + w.sql()).orElse("");
    }
}
