package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.checks.SchemaIdentity;
import dev.releasegate.verifier.checks.SchemaObject;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.Database;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema identity on two 500-table schemas: the snapshots are read once (timed apart), then the comparison
 * (describing both catalogs and diffing them) is timed. Target: under 3 s. Not part of the normal test run.
 */
class SchemaIdentityBenchmark {

    @Test
    void compareTwoFiveHundredTableSchemas() {
        List<String> migrations = GeneratedMigrations.files(500, 100);
        long build = System.nanoTime();
        String a = GeneratedMigrations.create("id_bench_staging", migrations);
        String b = GeneratedMigrations.create("id_bench_production", migrations);
        // one difference, so that the report path is timed too
        GeneratedMigrations.execute(b, List.of("ALTER TABLE public.t250 DISABLE ROW LEVEL SECURITY"));
        System.out.printf("built two 500-table databases in %d ms%n", (System.nanoTime() - build) / 1_000_000);
        try (Database left = GeneratedMigrations.open("staging", a); Database right = GeneratedMigrations.open("production", b)) {
            CatalogSnapshot sa = GeneratedMigrations.snapshot(left);
            CatalogSnapshot sb = GeneratedMigrations.snapshot(right);
            long read = System.nanoTime();
            WholeDatabaseSteps.objects(sa, "public");
            WholeDatabaseSteps.objects(sb, "public");
            System.out.printf("read both snapshots (one catalog query per kind) in %d ms: %d tables, %d columns, %d foreign keys,"
                            + " %d indexes, %d policies, %d functions%n", (System.nanoTime() - read) / 1_000_000, sa.tables().size(),
                    sa.columns().size(), sa.foreignKeys().size(), sa.indexes().size(), sa.policies().size(), sa.functions().size());
            List<Long> runs = new ArrayList<>();
            Verdict verdict = null;
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                List<SchemaObject> x = WholeDatabaseSteps.objects(sa, "public");
                List<SchemaObject> y = WholeDatabaseSteps.objects(sb, "public");
                verdict = SchemaIdentity.compare("public", "staging", x, "production", y, List.of());
                verdict.message();
                runs.add((System.nanoTime() - start) / 1_000_000);
            }
            List<Long> sorted = new ArrayList<>(runs);
            Collections.sort(sorted);
            System.out.printf("comparison after the snapshots are read: first %d ms, median %d ms, max %d ms (runs %s), %d objects per side%n",
                    runs.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), runs,
                    WholeDatabaseSteps.objects(sa, "public").size());
            assertThat(verdict.mismatches()).hasSize(1);
            assertThat(runs.get(0)).as("first comparison, cold, in ms").isLessThan(3000);
        }
    }
}
