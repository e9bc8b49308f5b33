package dev.releasegate.verifier.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time for a warm embedded start (binaries already unpacked by an earlier start) plus a fresh database built from
 * a generated 60-file Supabase migrations folder. Target: under 5 s. Not part of `mvn test`; run it with
 * {@code mvn -q test -Dtest=EmbeddedMigrationsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EmbeddedMigrationsBenchmark {

    private static final int FILES = 60;

    @Test
    void warmStartPlusSixtyMigrations(@TempDir Path project) throws Exception {
        Path migrations = Files.createDirectories(project.resolve("supabase").resolve("migrations"));
        int statements = generate(migrations);

        try (EmbeddedDatabases cold = new EmbeddedDatabases()) {
            cold.server(); // unpacks the binaries once: what "warm" means below
        }

        long started = System.nanoTime();
        try (EmbeddedDatabases embedded = new EmbeddedDatabases()) {
            embedded.server();
            long serverUp = System.nanoTime();
            String url = embedded.jdbcUrl("bench", project.toString());
            long applied = System.nanoTime();

            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select count(*) from supabase_migrations.schema_migrations")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(FILES);
            }
            long again = System.nanoTime();
            embedded.jdbcUrl("bench_again", project.toString());
            long againMs = (System.nanoTime() - again) / 1_000_000;
            long baseOnly = System.nanoTime();
            embedded.createDatabase("bench_base_only", java.util.List.of(EmbeddedDatabases.SUPABASE_BASE));
            long baseOnlyMs = (System.nanoTime() - baseOnly) / 1_000_000;
            System.out.printf("EmbeddedMigrationsBenchmark: the same folder again, into a second database: %d ms,"
                    + " of which a new database with the Supabase-like base: %d ms%n", againMs, baseOnlyMs);
            long startMs = (serverUp - started) / 1_000_000;
            long applyMs = (applied - serverUp) / 1_000_000;
            System.out.printf("EmbeddedMigrationsBenchmark: warm embedded start %d ms + base and %d migration files"
                            + " (%d statements) %d ms = %d ms (target < 5000 ms)%n",
                    startMs, FILES, statements, applyMs, startMs + applyMs);
        }
    }

    /** Sixty files shaped like an app's history: tables with keys to earlier ones, indexes, RLS, policies, functions. */
    private static int generate(Path migrations) throws IOException {
        int statements = 0;
        for (int i = 1; i <= FILES; i++) {
            StringBuilder sql = new StringBuilder();
            sql.append("-- migration ").append(i).append('\n');
            sql.append("create table public.t").append(i).append(" (\n  id uuid primary key default gen_random_uuid(),\n")
                    .append("  owner_id uuid not null references auth.users (id) on delete cascade,\n");
            if (i > 1) {
                sql.append("  parent_id uuid references public.t").append(i - 1).append(" (id) on delete restrict,\n");
            }
            sql.append("  name text not null,\n  created_at timestamptz not null default now()\n);\n");
            sql.append("create index t").append(i).append("_owner_idx on public.t").append(i).append(" (owner_id);\n");
            sql.append("alter table public.t").append(i).append(" enable row level security;\n");
            sql.append("create policy t").append(i).append("_select_own on public.t").append(i)
                    .append(" for select to authenticated using (owner_id = auth.uid());\n");
            sql.append("create function public.t").append(i).append("_count() returns bigint language plpgsql")
                    .append(" security definer set search_path = public as $$\nbegin\n  return (select count(*) from public.t")
                    .append(i).append(");\nend;\n$$;\n");
            sql.append("revoke execute on function public.t").append(i).append("_count() from anon;\n");
            sql.append("insert into public.t").append(i).append(" (owner_id, name) select id, email from auth.users;\n");
            statements += 7;
            Files.writeString(migrations.resolve(String.format("2024%02d%02d%06d_table_%d.sql", 1 + i / 28, 1 + i % 28, i, i)),
                    sql.toString());
        }
        return statements;
    }
}
