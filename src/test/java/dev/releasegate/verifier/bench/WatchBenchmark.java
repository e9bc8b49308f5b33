package dev.releasegate.verifier.bench;

import dev.releasegate.verifier.catalog.CatalogBenchmark;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.LatencyProxy;
import dev.releasegate.verifier.gate.ChecklistRun;
import dev.releasegate.verifier.gate.ChecklistWatch;
import dev.releasegate.verifier.gate.RunOptions;
import dev.releasegate.verifier.report.ExitStatus;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QA loop ({@link ChecklistWatch}) on CatalogBenchmark's checklist (500 tables, 1,000 assertions): the first run
 * of a kept JVM (connect, read the catalog, run, write every report), a re-run after the checklist was saved again
 * (one fingerprint read, then the engine and the checks on the kept snapshot), a re-run after the database changed
 * (the snapshot read again), and the baseline, one catalog query per assertion as pg_prove sends them, in the same
 * process. Measured on the embedded server directly and through a proxy that adds 15 ms each way. Run:
 * mvn -q test -Dtest=WatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class WatchBenchmark {

    private static final int ROUNDS = 5;
    private static final int DELAY_EACH_WAY_MS = 15;

    private record Measured(long nanos, int roundTrips) {
    }

    private record Loop(Measured first, Measured rerun, Measured changed, Measured gateReports) {
    }

    @Test
    void reRunInAKeptJvmAgainstFirstRunAndOneQueryPerAssertion() throws Exception {
        String url = VerifierRun.current().embedded().createDatabase("bench_watch", List.of("demo/supabase-base.sql"));
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(CatalogBenchmark.schema());
        }
        VerifierRun.current().embedded().server().createDatabaseFromTemplate("bench_watch_warm", "bench_watch");
        List<CatalogBenchmark.Assertion> assertions = CatalogBenchmark.assertions();
        Path feature = CatalogBenchmark.write("watch/watch-benchmark.feature", CatalogBenchmark.feature(assertions));

        // warm the JVM, the engine and the server on a copy, so that no figure pays for class loading or JIT
        loop(VerifierRun.current().embedded().server().jdbcUrl("bench_watch_warm"), feature, url, 2);
        CatalogBenchmark.onePerAssertion(url, assertions);

        Loop local = loop(url, feature, url, ROUNDS);
        List<Long> baselines = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            assertThat(CatalogBenchmark.onePerAssertion(url, assertions)).isGreaterThan(0);
            baselines.add(System.nanoTime() - start);
        }
        long baseline = Bench.median(baselines);

        int port = URI.create(url.substring("jdbc:".length())).getPort();
        Loop remote;
        Measured remoteBaseline;
        try (LatencyProxy proxy = new LatencyProxy("localhost", port, DELAY_EACH_WAY_MS)) {
            remote = loop(proxy.proxied(url), feature, url, 3);
        }
        try (LatencyProxy proxy = new LatencyProxy("localhost", port, DELAY_EACH_WAY_MS)) {
            long start = System.nanoTime();
            CatalogBenchmark.onePerAssertion(proxy.proxied(url), assertions);
            remoteBaseline = new Measured(System.nanoTime() - start, proxy.roundTrips());
        }

        System.out.printf("%nWatchBenchmark: %d assertions on 500 tables, the QA loop in one kept JVM (re-runs: median of %d)%n",
                assertions.size(), ROUNDS);
        System.out.printf("  same machine%n");
        print("first run (connect, read the catalog, run, reports)", local.first());
        print("re-run, checklist saved, database unchanged", local.rerun());
        print("re-run after the database changed (read again)", local.changed());
        print("re-run writing the gate's reports too (not the loop)", local.gateReports());
        System.out.printf("    %-55s %6d ms%n", "baseline: one catalog query per assertion", ms(baseline));
        System.out.printf("    ratio re-run / first run: %.2f; re-run / baseline: %.2f%n",
                (double) local.rerun().nanos() / local.first().nanos(), (double) local.rerun().nanos() / baseline);
        System.out.printf("  %d ms round trips (proxy)%n", 2 * DELAY_EACH_WAY_MS);
        print("first run (connect, read the catalog, run, reports)", remote.first());
        print("re-run, checklist saved, database unchanged", remote.rerun());
        print("re-run after the database changed (read again)", remote.changed());
        print("baseline: one catalog query per assertion", remoteBaseline);
        System.out.printf("    ratio re-run / first run: %.2f; re-run / baseline: %.3f%n%n",
                (double) remote.rerun().nanos() / remote.first().nanos(), (double) remote.rerun().nanos() / remoteBaseline.nanos());

        // an unchanged database costs the re-run one read: the fingerprint query and the rollback
        assertThat(local.rerun().roundTrips()).isEqualTo(2);
        assertThat(remote.rerun().roundTrips()).isEqualTo(2);
        assertThat(remote.rerun().nanos()).isLessThan(remoteBaseline.nanos());
    }

    /**
     * A kept run against {@code url}: the first run, {@code rounds} re-runs each after the checklist was saved again
     * (median), and one re-run after a table of {@code superuser} was altered. Round trips as the database counts them.
     */
    private static Loop loop(String url, Path feature, String superuser, int rounds) throws Exception {
        Path reports = Files.createDirectories(Path.of("target/bench/watch-reports"));
        RunOptions options = RunOptions.of(reports, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                feature.toString());
        try (VerifierRun run = VerifierRun.withSettings(Map.of("verify.db.bench", url))) {
            ChecklistWatch watch = new ChecklistWatch(options, run);
            Measured first = timed(watch, run, ExitStatus.HELD);
            List<Measured> reruns = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Files.writeString(feature, Files.readString(feature)); // saved again, as an editor does
                reruns.add(timed(watch, run, ExitStatus.HELD));
            }
            reruns.sort(java.util.Comparator.comparingLong(Measured::nanos));
            // the same re-run writing the gate's reports too (Allure's results, cucumber.json): what the loop leaves out
            List<Measured> withGateReports = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                int before = run.databases().opened().stream().mapToInt(Database::roundTrips).sum();
                long start = System.nanoTime();
                assertThat(ChecklistRun.run(options, run)).isEqualTo(ExitStatus.HELD);
                withGateReports.add(new Measured(System.nanoTime() - start,
                        run.databases().opened().stream().mapToInt(Database::roundTrips).sum() - before));
            }
            withGateReports.sort(java.util.Comparator.comparingLong(Measured::nanos));
            try (Connection connection = DriverManager.getConnection(superuser); Statement statement = connection.createStatement()) {
                statement.execute("alter table public.bench_t000 add column watched text; alter table public.bench_t000 drop column watched");
            }
            Measured changed = timed(watch, run, ExitStatus.HELD);
            return new Loop(first, reruns.get(reruns.size() / 2), changed, withGateReports.get(withGateReports.size() / 2));
        }
    }

    private static Measured timed(ChecklistWatch watch, VerifierRun run, ExitStatus expected) {
        int before = run.databases().opened().stream().mapToInt(Database::roundTrips).sum();
        long start = System.nanoTime();
        assertThat(watch.runOnce()).isEqualTo(expected);
        long nanos = System.nanoTime() - start;
        return new Measured(nanos, run.databases().opened().stream().mapToInt(Database::roundTrips).sum() - before);
    }

    private static void print(String what, Measured measured) {
        System.out.printf("    %-55s %6d ms, %4d round trips%n", what, ms(measured.nanos()), measured.roundTrips());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
