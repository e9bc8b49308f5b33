package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.steps.Checklists;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the normal test run (surefire excludes *Benchmark). Builds a 500-table schema in the embedded server,
 * runs a generated checklist of 1,000 catalog assertions through the Cucumber engine, and compares it with the same
 * 1,000 assertions sent as one catalog query each over plain JDBC. Run it with
 * {@code mvn -q test -Dtest=CatalogBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public class CatalogBenchmark {

    private static final int TABLES = 500;
    private static final int ASSERTIONS = 1_000;
    private static final int PER_SCENARIO = 20;

    /** One checklist assertion: its Gherkin and the single catalog query a one-query-per-assertion verifier would send. */
    public record Assertion(String gherkin, String sql, List<Object> parameters, String kindSql, List<Object> kindParameters) {
        public Assertion(String gherkin, String sql, List<Object> parameters) {
            this(gherkin, sql, parameters, null, List.of());
        }

        /** The same assertion, checked by re-reading its whole kind of object with the verifier's own catalog query. */
        public Assertion withKindQuery(String kindSql, Object... kindParameters) {
            return new Assertion(gherkin, sql, parameters, kindSql, List.of(kindParameters));
        }
    }

    @Test
    void thousandAssertionsOnFiveHundredTables() throws Exception {
        String url = VerifierRun.current().embedded().createDatabase("bench_catalog", List.of("demo/supabase-base.sql"));
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(schema());
        }
        List<Assertion> assertions = assertions();
        Path feature = write("catalog-benchmark.feature", feature(assertions));
        // the same shape with no catalog work at all: what the Cucumber engine itself costs for 1,000 steps
        Path engineOnly = write("engine-only.feature", feature(assertions.stream()
                .map(a -> new Assertion("And the database \"bench\"", a.sql(), a.parameters())).toList()));

        // warm up the JVM, the engine and the server on a copy, so that neither side pays for class loading or JIT
        VerifierRun.current().embedded().server().createDatabaseFromTemplate("bench_catalog_warm", "bench_catalog");
        Checklists.run(Map.of("bench", VerifierRun.current().embedded().server().jdbcUrl("bench_catalog_warm")), feature.toString());
        plainJdbc(url, assertions);

        long jdbcNanos = plainJdbc(url, assertions);
        long kindNanos = plainJdbc(url, assertions, true);
        long engineStart = System.nanoTime();
        Checklists.run(Map.of("bench", url), engineOnly.toString());
        long engineNanos = System.nanoTime() - engineStart;
        long verifierStart = System.nanoTime();
        Checklists.Outcome outcome = Checklists.run(Map.of("bench", url), feature.toString());
        long verifierNanos = System.nanoTime() - verifierStart;
        int statements = outcome.statementsSent().get("bench");

        System.out.printf("%nCatalogBenchmark: %d tables, %d assertions in %d scenarios%n", TABLES, assertions.size(), outcome.scenarios().size());
        System.out.printf("  verifier, whole run (Cucumber engine + catalog snapshot): %6d ms, %d statements sent to the database%n",
                ms(verifierNanos), statements);
        System.out.printf("  Cucumber engine alone, same feature shape, no catalog:     %6d ms%n", ms(engineNanos));
        System.out.printf("  verifier's catalog work (whole run - engine alone):       %6d ms%n", ms(verifierNanos - engineNanos));
        System.out.printf("  plain JDBC, one point-lookup catalog query per assertion: %6d ms, %d statements%n", ms(jdbcNanos), assertions.size());
        System.out.printf("  plain JDBC, the verifier's query for the assertion's kind:  %6d ms, %d statements%n", ms(kindNanos), assertions.size());
        System.out.printf("  ratio whole run / point lookups: %.2f; ratio whole run / per-kind queries: %.2f%n",
                (double) verifierNanos / jdbcNanos, (double) verifierNanos / kindNanos);
        System.out.printf("  ratio catalog work / point lookups: %.2f; ratio catalog work / per-kind queries: %.2f%n",
                (double) (verifierNanos - engineNanos) / jdbcNanos, (double) (verifierNanos - engineNanos) / kindNanos);
        // every statement also pays the network round trip, which localhost hides: what it would be at 1 ms and 20 ms
        for (int rtt : new int[] {1, 20}) {
            double verifier = verifierNanos / 1e6 + statements * rtt;
            double lookups = jdbcNanos / 1e6 + assertions.size() * rtt;
            System.out.printf("  with a %2d ms round trip: verifier ~%.0f ms, point lookups ~%.0f ms, ratio ~%.2f%n", rtt, verifier, lookups,
                    verifier / lookups);
        }
        System.out.println();
        assertThat(outcome.allMessages()).isEmpty();
        assertThat(statements).isLessThanOrEqualTo(20);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    public static Path write(String name, String text) throws java.io.IOException {
        Path path = Path.of("target/bench", name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    private static String table(int i) {
        return "bench_t%03d".formatted(i);
    }

    /** The 500 tables, each with two foreign keys, an index, row level security, two policies and a trigger. */
    public static String schema() {
        return """
                create function public.bench_touch() returns trigger language plpgsql as $$
                begin new.updated_at = now(); return new; end $$;
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

    private static final String BY_NAME = "c.relnamespace = 'public'::regnamespace and c.relname = ?";

    /** Six kinds of catalog assertion, two per table, in turn. */
    public static List<Assertion> assertions() {
        List<Assertion> out = new ArrayList<>();
        for (int j = 0; j < ASSERTIONS; j++) {
            int i = j / 2;
            String t = table(i);
            out.add(switch (j % 6) {
                case 0 -> new Assertion("Then row level security is enabled on \"" + t + "\"",
                        "select c.relrowsecurity from pg_class c where " + BY_NAME, List.of(t)).withKindQuery(CatalogReader.RELATIONS);
                case 1 -> new Assertion("Then the table \"" + t + "\" has no DELETE policy",
                        "select p.polname from pg_policy p join pg_class c on c.oid = p.polrelid where " + BY_NAME
                                + " and p.polcmd in ('d', '*')", List.of(t)).withKindQuery(CatalogReader.POLICIES);
                case 2 -> new Assertion("""
                        Then these triggers exist:
                              | table | trigger | timing | events | function | enabled |
                              | %s | %s_touch | BEFORE | UPDATE | bench_touch() | yes |""".formatted(t, t),
                        "select t.tgtype, t.tgenabled, p.proname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                                + " join pg_proc p on p.oid = t.tgfoid where " + BY_NAME + " and t.tgname = ?", List.of(t, t + "_touch"))
                        .withKindQuery(TriggerReader.TRIGGERS);
                case 3 -> new Assertion("""
                        Then these indexes exist:
                              | table | index | columns | unique |
                              | %s | %s_parents | parent_a, parent_b | no |""".formatted(t, t),
                        "select i.relname, ix.indisunique, array(select pg_get_indexdef(ix.indexrelid, k, true) from generate_series(1, ix.indnkeyatts) k)"
                                + " from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class c on c.oid = ix.indrelid where "
                                + BY_NAME + " and i.relname = ?", List.of(t, t + "_parents")).withKindQuery(CatalogReader.INDEXES);
                case 4 -> new Assertion("""
                        Then these privileges are granted:
                              | object | role | privileges |
                              | %s | authenticated | ALL |""".formatted(t),
                        "select has_table_privilege('authenticated', c.oid, 'SELECT'), has_table_privilege('authenticated', c.oid, 'INSERT'),"
                                + " has_table_privilege('authenticated', c.oid, 'UPDATE'), has_table_privilege('authenticated', c.oid, 'DELETE'),"
                                + " has_table_privilege('authenticated', c.oid, 'TRUNCATE'), has_table_privilege('authenticated', c.oid, 'REFERENCES'),"
                                + " has_table_privilege('authenticated', c.oid, 'TRIGGER'), has_table_privilege('authenticated', c.oid, 'MAINTAIN')"
                                + " from pg_class c where " + BY_NAME, List.of(t))
                        .withKindQuery(PrivilegeReader.RELATION_PRIVILEGES, "authenticated");
                default -> new Assertion("""
                        Then these foreign keys exist:
                              | table | columns | references | on delete |
                              | %s | parent_a | %s | RESTRICT |""".formatted(t, table(Math.max(i - 1, 0))),
                        "select k.conname, k.confdeltype, k.confrelid::regclass from pg_constraint k join pg_class c on c.oid = k.conrelid"
                                + " where " + BY_NAME + " and k.contype = 'f'", List.of(t)).withKindQuery(CatalogReader.FOREIGN_KEYS);
            });
        }
        return out;
    }

    public static String feature(List<Assertion> assertions) {
        StringBuilder out = new StringBuilder("Feature: 1,000 catalog assertions over 500 tables\n\n  Background:\n    Given the database \"bench\"\n");
        for (int s = 0; s * PER_SCENARIO < assertions.size(); s++) {
            out.append("\n  Scenario: assertions ").append(s * PER_SCENARIO + 1).append(" to ").append((s + 1) * PER_SCENARIO).append('\n');
            for (Assertion a : assertions.subList(s * PER_SCENARIO, Math.min((s + 1) * PER_SCENARIO, assertions.size()))) {
                out.append("    ").append(a.gherkin()).append('\n');
            }
        }
        return out.toString();
    }

    /** One point-lookup catalog query per assertion on one connection, a round trip each, as pg_prove sends them; the rows read. */
    public static int onePerAssertion(String url, List<Assertion> assertions) throws Exception {
        int rows = 0;
        try (Connection connection = DriverManager.getConnection(url)) {
            for (Assertion a : assertions) {
                try (PreparedStatement statement = connection.prepareStatement(a.sql())) {
                    for (int p = 0; p < a.parameters().size(); p++) {
                        statement.setObject(p + 1, a.parameters().get(p));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static long plainJdbc(String url, List<Assertion> assertions) throws Exception {
        return plainJdbc(url, assertions, false);
    }

    /** Each assertion as one query on one connection: a point lookup, or (kindQuery) the verifier's query for its kind. */
    private static long plainJdbc(String url, List<Assertion> assertions, boolean kindQuery) throws Exception {
        try (Connection connection = DriverManager.getConnection(url)) {
            long start = System.nanoTime();
            int rows = 0;
            for (Assertion a : assertions) {
                List<Object> parameters = kindQuery ? a.kindParameters() : a.parameters();
                try (PreparedStatement statement = connection.prepareStatement(kindQuery ? a.kindSql() : a.sql())) {
                    for (int p = 0; p < parameters.size(); p++) {
                        statement.setObject(p + 1, parameters.get(p));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
            }
            assertThat(rows).isGreaterThan(0);
            return System.nanoTime() - start;
        }
    }
}
