package dev.releasegate.verifier.bench;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.rows.MissingRows;
import dev.releasegate.verifier.rows.RowComparison;
import dev.releasegate.verifier.rows.RowShape;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Every row of ... is still in ..." on a 5-million-row table with 10 rows deleted (and 2 added), against the floor:
 * one sequential scan of each side at once hashing every key (count(*) filter (where hashtextextended(id::text, 0) > 0)), and, apart,
 * the cheapest scan there is (select count(*)); in wall time, and in the server's CPU time, which other load on the machine
 * does not inflate. The target is 1.2 x the floor with a 256 MB heap:
 * mvn -q test -Dtest=StillInBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m
 */
class StillInBenchmark {

    private static final int ROUNDS = 3;
    private static final QualifiedName TABLE = new QualifiedName("public", "bench_payments");

    @Test
    void stillInCostsLittleMoreThanOneScanOfEachSide() throws Exception {
        long built = System.nanoTime();
        String[] urls = Bench.pair("bench_still_a", "bench_still_b", List.of("sql/bench/identical-rows.sql"),
                List.of("sql/bench/still-in-deletes.sql"));
        System.out.printf("built 2 x 5M rows in %d ms; max heap %d MB%n", (System.nanoTime() - built) / 1_000_000,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Database a = Bench.database("a", urls[0]);
        Database b = Bench.database("b", urls[1]);
        ExecutorService pool = Bench.twoThreads();
        try (Connection ca = Bench.connect(urls[0]); Connection cb = Bench.connect(urls[1])) {
            CatalogSnapshot before = new CatalogSnapshot(a);
            RowShape keys = RowShape.of(before, TABLE).orElseThrow().keysOnly(new CatalogSnapshot(b).columnsOf(TABLE));
            String keyScan = "select count(*) filter (where hashtextextended(id::text, 0) > 0) from public.bench_payments";
            String countScan = "select count(*) from public.bench_payments";
            List<Long> keyFloor = new ArrayList<>();
            List<Long> keySerial = new ArrayList<>();
            List<Long> countSerial = new ArrayList<>();
            List<Long> product = new ArrayList<>();
            List<Long> keyCpu = new ArrayList<>();
            List<Long> countCpu = new ArrayList<>();
            List<Long> productCpu = new ArrayList<>();
            MissingRows last = null;
            long heapPeak = 0;
            for (int round = 0; round <= ROUNDS; round++) {
                long k = Bench.millis(() -> Bench.both(pool, () -> Bench.scalar(ca, keyScan), () -> Bench.scalar(cb, keyScan)));
                long cpu0 = Bench.serverCpuMillis(ca);
                long ks = Bench.millis(() -> Bench.scalar(ca, keyScan) + Bench.scalar(cb, keyScan));
                long cpu1 = Bench.serverCpuMillis(ca);
                long cs = Bench.millis(() -> Bench.scalar(ca, countScan) + Bench.scalar(cb, countScan));
                long cpu2 = Bench.serverCpuMillis(ca);
                MissingRows[] found = new MissingRows[1];
                System.gc();
                long p = Bench.millis(() -> found[0] = RowComparison.stillIn(a, b, keys, null));
                long cpu3 = Bench.serverCpuMillis(ca);
                heapPeak = Math.max(heapPeak, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
                last = found[0];
                if (round > 0) {
                    keyFloor.add(k);
                    keySerial.add(ks);
                    countSerial.add(cs);
                    product.add(p);
                    keyCpu.add(cpu1 - cpu0);
                    countCpu.add(cpu2 - cpu1);
                    productCpu.add(cpu3 - cpu2);
                }
            }
            assertThat(last.missing()).isEqualTo(10);
            assertThat(last.missingKeys()).containsExactly("3", "499999", "1000000", "1750001", "2500000", "3000001", "3333333",
                    "4000000", "4500017", "4999998");
            long pm = Bench.median(product);
            System.out.printf("still in, 5M rows, 10 deleted: comparison %d ms; %d queries, %d bytes of results received; heap in use"
                    + " after a comparison at most %d MB%n", pm, last.queries(), last.bytesReceived(), heapPeak / (1024 * 1024));
            System.out.printf("  wall time: against two key-hashing scans one after the other %d ms -> ratio %.2f; both at once %d ms ->"
                    + " ratio %.2f; two count(*) scans one after the other %d ms -> ratio %.2f%n", Bench.median(keySerial),
                    (double) pm / Bench.median(keySerial), Bench.median(keyFloor), (double) pm / Bench.median(keyFloor),
                    Bench.median(countSerial), (double) pm / Bench.median(countSerial));
            long pc = Bench.median(productCpu);
            System.out.printf("  server CPU (not slowed by other load): comparison %d ms; two key-hashing scans %d ms -> ratio %.2f;"
                    + " two count(*) scans %d ms -> ratio %.2f%n", pc, Bench.median(keyCpu), (double) pc / Bench.median(keyCpu),
                    Bench.median(countCpu), (double) pc / Bench.median(countCpu));
            last.evidence().forEach(q -> System.out.printf("  %5d ms  %s: %s%n", q.elapsed().toMillis(), q.database(),
                    q.sql().lines().findFirst().orElse("").substring(0, Math.min(120, q.sql().length()))));
            System.out.println("  all rounds (wall): key scans at once " + keyFloor + ", one after the other " + keySerial
                    + ", count scans one after the other " + countSerial + ", comparison " + product);
            System.out.println("  all rounds (server CPU): key scans " + keyCpu + ", count scans " + countCpu + ", comparison " + productCpu);
        } finally {
            pool.shutdownNow();
            a.close();
            b.close();
        }
    }
}
