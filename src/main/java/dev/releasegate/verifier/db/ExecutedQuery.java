package dev.releasegate.verifier.db;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One statement as it was sent, where, when, and what came back: the raw material of evidence. */
public record ExecutedQuery(String database, String maskedUrl, String sql, List<Object> parameters,
                            QueryResult result, Instant startedAt, Duration elapsed) {
}
