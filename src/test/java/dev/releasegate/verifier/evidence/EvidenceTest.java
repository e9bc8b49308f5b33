package dev.releasegate.verifier.evidence;

import dev.releasegate.verifier.checks.Mismatch;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.SecretMask;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTest {

    record Attached(String name, String mediaType, String content) {
    }

    private final List<Attached> attached = new ArrayList<>();
    private final SecretMask mask = new SecretMask();
    private final Evidence evidence = new Evidence((data, type, name) -> attached.add(new Attached(name, type,
            new String(data, StandardCharsets.UTF_8))), mask);

    @Test
    void aQueryIsItsSqlAsTextAndItsRowsAsATable() {
        mask.register("s3cret-value");
        QueryResult result = new QueryResult(List.of("table", "n"), List.of(List.of("trackpay_users", "6"), List.of("a, \"b\"", "s3cret-value")));
        evidence.query("row count", new ExecutedQuery("production", "postgresql://app:*****@db:5432/postgres",
                "select count(*) from x where y = ?", List.of("s3cret-value"), result, Instant.parse("2026-01-01T00:00:00Z"), Duration.ofMillis(3)));

        assertThat(attached).extracting(Attached::name, Attached::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("row count: SQL", "text/plain"),
                        org.assertj.core.groups.Tuple.tuple("row count: 2 rows", "text/csv"));
        assertThat(attached.get(0).content()).isEqualTo("""
                -- database: production (postgresql://app:*****@db:5432/postgres)
                -- at: 2026-01-01T00:00:00Z (3 ms)
                -- parameters: '*****'
                select count(*) from x where y = ?
                -- returned 2 rows
                """);
        assertThat(attached.get(1).content()).isEqualTo("table,n\r\ntrackpay_users,6\r\n\"a, \"\"b\"\"\",*****\r\n");
    }

    @Test
    void rowsPastTheLimitAreCountedNotShown() {
        List<List<String>> rows = IntStream.range(0, Evidence.ROW_LIMIT + 7).mapToObj(i -> List.of(String.valueOf(i))).toList();
        evidence.table("ids", List.of("id"), rows);
        List<String> lines = attached.get(0).content().lines().toList();
        assertThat(lines).hasSize(1 + Evidence.ROW_LIMIT + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("... 7 more rows not shown");
    }

    @Test
    void aVerdictIsItsComparisonTableWithAMarkPerRow() {
        Verdict verdict = new Verdict.Builder(dev.releasegate.verifier.outcome.FailureCategory.DATA_LOSS, "row counts in production", List.of("table", "rows", "expected"))
                .ok(List.of("trackpay_users", "6", "6"))
                .mismatch(Mismatch.differs("table trackpay_activities", "11 rows, expected 12"), List.of("trackpay_activities", "11", "12"))
                .build();
        evidence.verdict(verdict);
        assertThat(attached.get(0)).isEqualTo(new Attached("mismatches: row counts in production", "text/csv",
                "mark,table,rows,expected\r\nok,trackpay_users,6,6\r\nXX differs,trackpay_activities,11,12\r\n"));
    }
}
