package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.db.Databases;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.steps.Checklists;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the normal test run (surefire excludes *Benchmark). Writes the checklist of a 500-table schema (keys,
 * indexes, row level security, two policies and a trigger per table, an identity sequence each) and then runs it.
 * The baseline is the catalog reads alone, the same parts through a fresh snapshot, in the same process. Run it with
 * {@code mvn -q test -Dtest=ChecklistWriterBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ChecklistWriterBenchmark {

    private static final int TABLES = 500;

    @Test
    void writingTheChecklistOfFiveHundredTables() throws Exception {
        String url = VerifierRun.current().embedded().createDatabase("bench_writer", List.of("demo/supabase-base.sql"));
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(schema());
        }
        VerifierRun.current().embedded().server().createDatabaseFromTemplate("bench_writer_warm", "bench_writer");
        String warm = VerifierRun.current().embedded().server().jdbcUrl("bench_writer_warm");
        Path root = Path.of("target/bench/writer");
        delete(root);

        // the first write after start-up: the embedded server runs, the writer's classes are not loaded yet
        long firstStart = System.nanoTime();
        WriteChecklist.Result first = write(warm, root.resolve("first"));
        long firstNanos = System.nanoTime() - firstStart;
        for (int i = 0; i < 3; i++) {
            write(warm, root.resolve("warm-" + i));
            reads(warm);
        }

        long readsNanos = reads(url);
        long writeStart = System.nanoTime();
        WriteChecklist.Result result = write(url, root.resolve("bench"));
        long writeNanos = System.nanoTime() - writeStart;
        long bytes;
        try (Stream<Path> files = Files.list(root.resolve("bench"))) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }

        long runStart = System.nanoTime();
        Checklists.Outcome outcome = Checklists.run(Map.of("bench", url), root.resolve("bench").toString());
        long runNanos = System.nanoTime() - runStart;

        System.out.printf("%nChecklistWriterBenchmark: %d tables -> %d files, %d scenarios, %d KB%n", TABLES,
                result.checklist().files().size(), result.checklist().scenarios(), bytes / 1024);
        System.out.printf("  first write after start-up (classes loading):     %6d ms%n", ms(firstNanos));
        System.out.printf("  catalog reads alone (baseline, fresh snapshot):   %6d ms%n", ms(readsNanos));
        System.out.printf("  write, warm (connect, read, write text, files):   %6d ms, ratio to the reads %.2f%n", ms(writeNanos),
                (double) writeNanos / readsNanos);
        System.out.printf("    of which: reading the database %d ms, the rest (text, files) %d ms%n", result.reading().toMillis(),
                ms(writeNanos) - result.reading().toMillis());
        System.out.printf("  the written checklist, run by the verifier:       %6d ms, %d scenarios%n%n", ms(runNanos), outcome.scenarios().size());

        assertThat(first.checklist().leftOut()).noneMatch(l -> l.startsWith("left out"));
        assertThat(outcome.allMessages()).isEmpty();
        assertThat(outcome.scenarios()).hasSize(result.checklist().scenarios());
        // the target: at most 2 s once the JVM and the server are up and the writer has run once (the first write also
        // loads and compiles the writer's classes, and is printed above)
        assertThat(ms(writeNanos)).isLessThanOrEqualTo(2_000);
    }

    private static WriteChecklist.Result write(String url, Path folder) {
        return Writing.write(Map.of("verify.db.bench", url, "verify.write-checklist", "bench", "verify.write-checklist.dir", folder.toString()));
    }

    /** The parts the writer reads, through a fresh snapshot on a fresh connection: what any writer would have to pay. */
    private static long reads(String url) {
        DatabaseSettings settings = Writing.settings(Map.of("verify.db.bench", url));
        try (Databases databases = new Databases(settings, new SecretMask(), VerifierRun.current().embedded())) {
            long start = System.nanoTime();
            Database database = databases.get("bench");
            CatalogSnapshot catalog = new CatalogSnapshot(database);
            catalog.extensionMembers();
            catalog.relations();
            catalog.columns();
            catalog.foreignKeys();
            catalog.indexes();
            catalog.policies();
            catalog.functions();
            catalog.triggers();
            catalog.enums();
            catalog.extensions();
            catalog.views();
            catalog.sequences();
            catalog.schemas();
            catalog.roles();
            for (String role : WriterOptions.DEFAULT_ROLES) {
                catalog.relationPrivilegesOf(role);
                catalog.functionsExecutableBy(role);
            }
            catalog.storageBuckets();
            return System.nanoTime() - start;
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void delete(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The shape of CatalogBenchmark's schema: the same 500 tables, so the two benchmarks read alike. */
    private static String schema() {
        return """
                create function public.bench_touch() returns trigger language plpgsql as $$
                begin new.updated_at = now(); return new; end $$;
                create type public.bench_state as enum ('new', 'open', 'closed');
                do $$
                declare t text; a text; b text;
                begin
                  for i in 0..%d loop
                    t := format('bench_t%%s', lpad(i::text, 3, '0'));
                    a := format('bench_t%%s', lpad(greatest(i - 1, 0)::text, 3, '0'));
                    b := format('bench_t%%s', lpad(greatest(i - 2, 0)::text, 3, '0'));
                    execute format('create table public.%%I (id bigint generated by default as identity primary key,
                        parent_a bigint references public.%%I (id) on delete restrict,
                        parent_b bigint references public.%%I (id) on delete cascade,
                        name text not null, amount numeric(12,2), created_at timestamptz not null default now(),
                        updated_at timestamptz not null default now())', t, a, b);
                    execute format('create index %%I on public.%%I (parent_a, parent_b)', t || '_parents', t);
                    execute format('alter table public.%%I enable row level security', t);
                    execute format('create policy %%I on public.%%I for select to authenticated using (true)', t || '_read', t);
                    execute format('create policy %%I on public.%%I for insert to authenticated with check (name <> '''')', t || '_write', t);
                    execute format('create trigger %%I before update on public.%%I for each row execute function public.bench_touch()',
                        t || '_touch', t);
                  end loop;
                end $$;
                """.formatted(TABLES - 1);
    }
}
