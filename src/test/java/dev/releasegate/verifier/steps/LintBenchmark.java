package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.checks.lint.ExposedSchemas;
import dev.releasegate.verifier.checks.lint.LintCategory;
import dev.releasegate.verifier.checks.lint.LintRun;
import dev.releasegate.verifier.checks.lint.Linter;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the normal test run (surefire excludes *Benchmark). On a generated 500-table Supabase-like schema
 * (foreign keys, indexes, row level security, policies, definer functions, views, statistics), what every lint of
 * both categories adds to a checklist run, and how many catalog queries it sends. Run it with
 * {@code mvn -q test -Dtest=LintBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LintBenchmark {

    private static final int TABLES = 500;
    private static final int RUNS = 9;

    private static final String BASELINE = """
            Feature: a release checklist without findings

              Scenario: keys and row level security
                Given the database "bench"
                Then every table matching "t%" has a primary key
                And row level security is enabled on every table in schema "public"
                And every foreign key in schema "public" is covered by an index
                And every security definer function in schema "public" has a fixed search path
            """;

    private static final String FINDINGS = """

              Scenario: findings
                Given the database "bench"
                Then the database has no security findings
                And the database has no performance findings
            """;

    @Test
    void everyLintOnFiveHundredTables() throws Exception {
        String url = GeneratedMigrations.create("bench_lints", GeneratedMigrations.files(TABLES, 50));
        GeneratedMigrations.execute(url, List.of("analyze"));
        Path baseline = write("lints-baseline.feature", BASELINE);
        Path withFindings = write("lints-findings.feature", BASELINE + FINDINGS);

        Checklists.run(Map.of("bench", url), withFindings.toString()); // warm up the JVM, the engine and the server
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            without.add(millis(() -> Checklists.run(Map.of("bench", url), baseline.toString())));
            with.add(millis(() -> Checklists.run(Map.of("bench", url), withFindings.toString())));
        }
        // the machine is shared: the fastest of several runs is the cost of the work itself, the median shows the noise
        long added = min(with) - min(without);

        // the linter alone on a fresh snapshot: its catalog queries, counted and timed
        Map<String, ExecutedQuery> reads = new java.util.LinkedHashMap<>();
        long linterMillis;
        int statements;
        int findings;
        try (Database database = GeneratedMigrations.open("bench", url)) {
            database.serverVersion();
            CatalogSnapshot catalog = GeneratedMigrations.snapshot(database).recordingInto(reads::put);
            int before = database.queriesSent();
            long start = System.nanoTime();
            LintFacts facts = LintFacts.of(catalog);
            ExposedSchemas exposed = ExposedSchemas.resolve(Optional.empty(), facts);
            LintRun security = Linter.run(facts, exposed, "public", LintCategory.SECURITY);
            LintRun performance = Linter.run(facts, exposed, "public", LintCategory.PERFORMANCE);
            linterMillis = (System.nanoTime() - start) / 1_000_000;
            statements = database.queriesSent() - before;
            findings = security.findings().size() + performance.findings().size();
        }

        System.out.printf("%nLintBenchmark: %d tables, every lint of both categories (%d findings), %d runs each%n", TABLES, findings, RUNS);
        System.out.printf("  checklist run without the findings sentences: fastest %5d ms, median %5d ms  (runs: %s)%n", min(without),
                median(without), without);
        System.out.printf("  the same run with both findings sentences:    fastest %5d ms, median %5d ms  (runs: %s)%n", min(with),
                median(with), with);
        System.out.printf("  added by the findings sentences:              fastest %5d ms, median %5d ms  (ratio with / without: %.2f)%n",
                added, median(with) - median(without), (double) min(with) / min(without));
        System.out.printf("  the linter alone on a fresh snapshot:         %5d ms, %d catalog queries (%d statements with the session set-up)%n",
                linterMillis, reads.size(), statements);
        reads.forEach((part, q) -> System.out.printf("    %-20s %5d ms, %6d rows%n", part, q.elapsed().toMillis(), q.result().size()));
        System.out.printf("  (load average while measuring: %.1f on %d processors)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println();
        assertThat(reads).hasSizeLessThanOrEqualTo(10);
        assertThat(added).isLessThanOrEqualTo(500);
    }

    private static long millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static Path write(String name, String text) throws java.io.IOException {
        Path path = Path.of("target/bench", name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }
}
