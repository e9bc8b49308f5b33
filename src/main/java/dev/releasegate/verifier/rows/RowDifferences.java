package dev.releasegate.verifier.rows;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.ExecutedQuery;

import java.util.List;

/**
 * What comparing one table's rows by primary key found: row counts of each side, how many rows are missing from the
 * target, unexpected in it, or changed, with up to {@link #SAMPLE} keys of each, and what the comparison cost.
 */
public record RowDifferences(QualifiedName table, long sourceRows, long targetRows,
                             long missing, List<String> missingKeys,
                             long unexpected, List<String> unexpectedKeys,
                             long changed, List<String> changedKeys,
                             int queries, long bytesReceived, List<ExecutedQuery> evidence) {

    /** Keys shown per kind of difference. */
    public static final int SAMPLE = 20;

    public RowDifferences {
        missingKeys = List.copyOf(missingKeys);
        unexpectedKeys = List.copyOf(unexpectedKeys);
        changedKeys = List.copyOf(changedKeys);
        evidence = List.copyOf(evidence);
    }

    public boolean identical() {
        return missing == 0 && unexpected == 0 && changed == 0;
    }
}
