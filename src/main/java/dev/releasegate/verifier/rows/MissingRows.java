package dev.releasegate.verifier.rows;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.ExecutedQuery;

import java.util.List;

/**
 * What following one table's rows by key from one database into another found: the rows compared on each side (those
 * an exception excuses left out), how many rows of the first side the exception left out, how many of its keys the
 * second side lacks, up to {@link RowDifferences#SAMPLE} of them, and what the comparison cost.
 */
public record MissingRows(QualifiedName table, long sourceRows, long sourceExcepted, long targetRows, long missing, List<String> missingKeys,
                          int queries, long bytesReceived, List<ExecutedQuery> evidence) {

    public MissingRows {
        missingKeys = List.copyOf(missingKeys);
        evidence = List.copyOf(evidence);
    }
}
