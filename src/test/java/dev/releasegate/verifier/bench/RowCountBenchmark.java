package dev.releasegate.verifier.bench;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.TableRowCounts;
import dev.releasegate.verifier.checks.RowCountCheck;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.Database;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Row counts reconciled over 2 databases x 100 tables (2.72 million rows each), the way the row-count step does it,
 * against the floor: bare count(*) of every table, both databases at once, on connections opened beforehand.
 * Run: mvn -q test -Dtest=RowCountBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class RowCountBenchmark {

    private static final int ROUNDS = 7;

    @Test
    void countsCostNoMoreThanBareCountsInParallel() throws Exception {
        long built = System.nanoTime();
        String[] urls = Bench.pair("bench_counts_a", "bench_counts_b", List.of("sql/bench/row-counts.sql"), List.of());
        System.out.printf("built 2 x 100 tables (2.72M rows each) in %d ms%n", (System.nanoTime() - built) / 1_000_000);
        Database a = Bench.database("a", urls[0]);
        Database b = Bench.database("b", urls[1]);
        NamePattern pattern = NamePattern.parse("bench_%", "public");
        List<String> tables = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            tables.add(String.format("bench_%03d", i));
        }
        ExecutorService pool = Bench.twoThreads();
        try (Connection ca = Bench.connect(urls[0]); Connection cb = Bench.connect(urls[1])) {
            CatalogSnapshot catalogA = new CatalogSnapshot(a);
            CatalogSnapshot catalogB = new CatalogSnapshot(b);
            List<Long> product = new ArrayList<>();
            List<Long> productCold = new ArrayList<>();
            List<Long> floor = new ArrayList<>();
            for (int round = 0; round <= ROUNDS; round++) {
                long f = Bench.millis(() -> Bench.both(pool, () -> bare(ca, tables), () -> bare(cb, tables)));
                long p = Bench.millis(() -> {
                    Verdict verdict = reconcile(catalogA, catalogB, pattern);
                    assertThat(verdict.passed()).isTrue();
                    return verdict;
                });
                long cold = Bench.millis(() -> reconcile(new CatalogSnapshot(a), new CatalogSnapshot(b), pattern));
                if (round > 0) { // round 0 warms caches and connection pools
                    floor.add(f);
                    product.add(p);
                    productCold.add(cold);
                }
            }
            long fm = Bench.median(floor);
            long pm = Bench.median(product);
            long cm = Bench.median(productCold);
            System.out.printf("row counts, 2 databases x 100 tables: bare count(*) in parallel %d ms (median of %d), "
                    + "row-count step %d ms -> ratio %.2f; with the catalog read in the same step %d ms -> ratio %.2f%n",
                    fm, ROUNDS, pm, (double) pm / fm, cm, (double) cm / fm);
            System.out.println("  all rounds: floor " + floor + ", step " + product + ", step+catalog " + productCold);
        } finally {
            pool.shutdownNow();
            a.close();
            b.close();
        }
    }

    private static long bare(Connection connection, List<String> tables) throws Exception {
        long total = 0;
        for (String table : tables) {
            total += Bench.scalar(connection, "select count(*) from public." + table);
        }
        return total;
    }

    /** What DataSteps does for "the row counts of tables matching ... are equal in ... and ...". */
    private static Verdict reconcile(CatalogSnapshot a, CatalogSnapshot b, NamePattern pattern) {
        CompletableFuture<TableRowCounts.Counted> s = CompletableFuture.supplyAsync(() -> count(a, pattern));
        CompletableFuture<TableRowCounts.Counted> t = CompletableFuture.supplyAsync(() -> count(b, pattern));
        return RowCountCheck.equal("a", s.join().counts(), "b", t.join().counts(), Set.of(), "matching " + pattern);
    }

    private static TableRowCounts.Counted count(CatalogSnapshot catalog, NamePattern pattern) {
        List<QualifiedName> tables = catalog.tablesMatching(pattern).stream().map(Relation::name).toList();
        return TableRowCounts.count(catalog.database(), tables);
    }
}
