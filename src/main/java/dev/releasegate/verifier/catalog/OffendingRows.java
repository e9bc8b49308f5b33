package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ExecutedQuery;

import java.util.List;

/**
 * The rows (or values) that break a data rule: how many there are in all, up to {@link IntegrityReader#SAMPLE} of
 * them as text, and the statement that found them.
 */
public record OffendingRows(long count, List<String> columns, List<List<String>> sample, ExecutedQuery query) {

    public OffendingRows {
        columns = List.copyOf(columns);
        sample = sample.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }

    /** For tests and checks: rows found without a statement behind them. */
    public static OffendingRows of(long count, List<String> columns, List<List<String>> sample) {
        return new OffendingRows(count, columns, sample, null);
    }
}
