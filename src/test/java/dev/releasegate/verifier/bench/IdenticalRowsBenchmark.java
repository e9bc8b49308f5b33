package dev.releasegate.verifier.bench;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.rows.RowComparison;
import dev.releasegate.verifier.rows.RowDifferences;
import dev.releasegate.verifier.rows.RowShape;
import dev.releasegate.verifier.db.Database;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identical rows on a 5-million-row table with 10 rows changed, against the floor: one sequential scan of each
 * side at once hashing every row (select sum(hashtext(t::text))). Meant to run with the heap capped:
 * mvn -q test -Dtest=IdenticalRowsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m
 */
class IdenticalRowsBenchmark {

    private static final int ROUNDS = 3;
    private static final QualifiedName TABLE = new QualifiedName("public", "bench_payments");

    @Test
    void identicalRowsCostLittleMoreThanOneScanOfEachSide() throws Exception {
        long built = System.nanoTime();
        String[] urls = Bench.pair("bench_rows_a", "bench_rows_b", List.of("sql/bench/identical-rows.sql"),
                List.of("sql/bench/identical-rows-changes.sql"));
        System.out.printf("built 2 x 5M rows in %d ms; max heap %d MB%n", (System.nanoTime() - built) / 1_000_000,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Database a = Bench.database("a", urls[0]);
        Database b = Bench.database("b", urls[1]);
        ExecutorService pool = Bench.twoThreads();
        try (Connection ca = Bench.connect(urls[0]); Connection cb = Bench.connect(urls[1])) {
            RowShape shape = RowShape.of(new CatalogSnapshot(a), TABLE).orElseThrow();
            List<Long> floor = new ArrayList<>();
            List<Long> product = new ArrayList<>();
            RowDifferences last = null;
            for (int round = 0; round <= ROUNDS; round++) {
                String scan = "select sum(hashtext(t::text)) from public.bench_payments t";
                long f = Bench.millis(() -> Bench.both(pool, () -> Bench.scalar(ca, scan), () -> Bench.scalar(cb, scan)));
                RowDifferences[] found = new RowDifferences[1];
                long p = Bench.millis(() -> found[0] = RowComparison.compare(a, b, shape));
                last = found[0];
                if (round > 0) {
                    floor.add(f);
                    product.add(p);
                }
            }
            assertThat(last.missing()).isEqualTo(3);
            assertThat(last.unexpected()).isEqualTo(3);
            assertThat(last.changed()).isEqualTo(4);
            assertThat(last.missingKeys()).containsExactly("3", "3000001", "4000000");
            long fm = Bench.median(floor);
            long pm = Bench.median(product);
            System.out.printf("identical rows, 5M rows, 10 differences: one hashing scan of each side in parallel %d ms, "
                    + "identical-rows comparison %d ms -> ratio %.2f; %d queries, %d bytes of results received (%d rows a side)%n",
                    fm, pm, (double) pm / fm, last.queries(), last.bytesReceived(), last.sourceRows());
            System.out.println("  all rounds: floor " + floor + ", comparison " + product);
        } finally {
            pool.shutdownNow();
            a.close();
            b.close();
        }
    }
}
