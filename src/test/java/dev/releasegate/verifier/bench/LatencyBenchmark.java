package dev.releasegate.verifier.bench;

import dev.releasegate.verifier.catalog.CatalogBenchmark;
import dev.releasegate.verifier.db.LatencyProxy;
import dev.releasegate.verifier.steps.Checklists;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog checklist of {@link CatalogBenchmark} (500 tables, 1,000 assertions) across a network: a proxy in front
 * of the embedded server adds 15 ms each way (30 ms round trips: a CI runner and a database in another region).
 * Against it, in the same process, a checker that sends one catalog query per assertion, as pg_prove does. Both are
 * timed and their round trips counted by the proxy. Run:
 * mvn -q test -Dtest=LatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class LatencyBenchmark {

    private static final int DELAY_EACH_WAY_MS = 15;
    private static final int ROUNDS = 5;

    @Test
    void catalogChecklistAcrossThirtyMillisecondRoundTrips() throws Exception {
        long built = System.nanoTime();
        String url = VerifierRun.current().embedded().createDatabase("bench_latency", List.of("demo/supabase-base.sql"));
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(CatalogBenchmark.schema());
        }
        VerifierRun.current().embedded().server().createDatabaseFromTemplate("bench_latency_warm", "bench_latency");
        System.out.printf("%nbuilt the 500-table schema in %d ms%n", (System.nanoTime() - built) / 1_000_000);
        List<CatalogBenchmark.Assertion> assertions = CatalogBenchmark.assertions();
        Path feature = CatalogBenchmark.write("latency-benchmark.feature", CatalogBenchmark.feature(assertions));
        Path engineOnly = CatalogBenchmark.write("latency-engine-only.feature", CatalogBenchmark.feature(assertions.stream()
                .map(a -> new CatalogBenchmark.Assertion("And the database \"bench\"", a.sql(), a.parameters())).toList()));

        // warm the JVM, the engine and the server without the proxy, so that neither side pays for class loading
        Checklists.run(Map.of("bench", VerifierRun.current().embedded().server().jdbcUrl("bench_latency_warm")), feature.toString());
        CatalogBenchmark.onePerAssertion(url, assertions);

        List<Long> direct = new java.util.ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            Checklists.run(Map.of("bench", url), feature.toString());
            direct.add(System.nanoTime() - start);
        }
        long directNanos = Bench.median(direct);

        int port = URI.create(url.substring("jdbc:".length())).getPort();
        int handshake;
        try (LatencyProxy proxy = new LatencyProxy("localhost", port, DELAY_EACH_WAY_MS)) {
            DriverManager.getConnection(proxy.proxied(url)).close();
            handshake = proxy.roundTrips();
        }
        Measured baseline;
        try (LatencyProxy proxy = new LatencyProxy("localhost", port, DELAY_EACH_WAY_MS)) {
            long start = System.nanoTime();
            int rows = CatalogBenchmark.onePerAssertion(proxy.proxied(url), assertions);
            baseline = new Measured(System.nanoTime() - start, proxy.roundTrips(), proxy.connections());
            assertThat(rows).isGreaterThan(0);
        }
        Measured engine;
        try (LatencyProxy proxy = new LatencyProxy("localhost", port, DELAY_EACH_WAY_MS)) {
            long start = System.nanoTime();
            Checklists.run(Map.of("bench", proxy.proxied(url)), engineOnly.toString());
            engine = new Measured(System.nanoTime() - start, proxy.roundTrips(), proxy.connections());
        }
        List<Measured> runs = new java.util.ArrayList<>();
        Checklists.Outcome outcome = null;
        for (int round = 0; round < ROUNDS; round++) {
            try (LatencyProxy proxy = new LatencyProxy("localhost", port, DELAY_EACH_WAY_MS)) {
                long start = System.nanoTime();
                outcome = Checklists.run(Map.of("bench", proxy.proxied(url)), feature.toString());
                runs.add(new Measured(System.nanoTime() - start, proxy.roundTrips(), proxy.connections()));
            }
        }
        runs.sort(java.util.Comparator.comparingLong(Measured::nanos));
        Measured ours = runs.get(runs.size() / 2);

        System.out.printf("LatencyBenchmark: %d assertions on 500 tables in %d scenarios, %d ms each way (%d ms round trips)%n",
                assertions.size(), outcome.scenarios().size(), DELAY_EACH_WAY_MS, 2 * DELAY_EACH_WAY_MS);
        System.out.printf("  (the verifier's figures are the median of %d runs)%n", ROUNDS);
        System.out.printf("  verifier, whole run (Cucumber engine + catalog):    %6d ms, %4d round trips on %d connection(s), handshakes included%n",
                ms(ours.nanos()), ours.roundTrips(), ours.connections());
        System.out.printf("  verifier, same run without the proxy:               %6d ms%n", ms(directNanos));
        System.out.printf("  Cucumber engine alone, same feature shape:          %6d ms, %4d round trips on %d connection(s)%n",
                ms(engine.nanos()), engine.roundTrips(), engine.connections());
        System.out.printf("  baseline, one catalog query per assertion (pg_prove): %6d ms, %4d round trips on %d connection(s)%n",
                ms(baseline.nanos()), baseline.roundTrips(), baseline.connections());
        System.out.printf("  of which each connection's handshake (pgjdbc to the embedded server, no TLS, trust): %d round trips%n", handshake);
        System.out.printf("  ratio verifier / baseline: %.3f (time), %.3f (round trips)%n%n",
                (double) ours.nanos() / baseline.nanos(), (double) ours.roundTrips() / baseline.roundTrips());
        assertThat(outcome.allMessages()).isEmpty();
        assertThat(baseline.roundTrips()).isGreaterThanOrEqualTo(assertions.size());
        // a handful per database: the handshake, the common catalog parts read together, the privileges of the one role
        // the checklist names, each read two round trips (its statements, the rollback), and one to spare
        assertThat(ours.roundTrips()).isLessThanOrEqualTo(handshake + 2 * 3);
    }

    private record Measured(long nanos, int roundTrips, int connections) {
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
