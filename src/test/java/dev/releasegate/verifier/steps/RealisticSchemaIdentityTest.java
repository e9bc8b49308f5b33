package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.checks.Mismatch;
import dev.releasegate.verifier.checks.SchemaIdentity;
import dev.releasegate.verifier.checks.SchemaObject;
import dev.releasegate.verifier.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Schema identity on the catalog of a realistic schema: a generated migration folder (45 tables, 87 foreign
 * keys, 60 policies, 12 definer functions, triggers, enums, views) applied to two databases is identical; then
 * each single mutation, applied to its own fresh copy, is reported as exactly that difference.
 */
class RealisticSchemaIdentityTest {

    private static final List<String> MIGRATIONS = GeneratedMigrations.files(45, 12);
    private static final String TEMPLATE = "id_rs_template";
    private static final AtomicInteger COPIES = new AtomicInteger();

    private static String staging;
    private static String production;
    private static Database stagingDatabase;
    private static List<SchemaObject> stagingObjects;

    @BeforeAll
    static void databases() {
        staging = GeneratedMigrations.create("id_rs_staging", MIGRATIONS);
        production = GeneratedMigrations.create("id_rs_production", MIGRATIONS);
        GeneratedMigrations.create(TEMPLATE, MIGRATIONS);
        stagingDatabase = GeneratedMigrations.open("staging", staging);
        stagingObjects = WholeDatabaseSteps.objects(GeneratedMigrations.snapshot(stagingDatabase), "public");
    }

    @AfterAll
    static void close() {
        stagingDatabase.close();
    }

    @Test
    void theSchemaIsRealistic() {
        try (Database database = GeneratedMigrations.open("production", production)) {
            CatalogSnapshot catalog = GeneratedMigrations.snapshot(database);
            assertThat(catalog.tables()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(catalog.foreignKeys()).hasSizeGreaterThanOrEqualTo(80);
            assertThat(catalog.policies().stream().filter(p -> p.table().schema().equals("public"))).hasSizeGreaterThanOrEqualTo(30);
            assertThat(catalog.functions().stream().filter(Function::securityDefiner)
                    .filter(f -> f.name().schema().equals("public"))).hasSizeGreaterThanOrEqualTo(10);
            assertThat(catalog.views()).hasSize(3);
        }
    }

    @Test
    void theSameFolderAppliedTwiceIsIdenticalThroughTheChecklistSentence() {
        Checklists.Outcome outcome = Checklists.run(Map.of("staging", staging, "production", production),
                "checklists/identity/trackpay.feature");
        assertThat(outcome.scenario("staging and production have the same public schema").passed()).isTrue();
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                arguments("drop a policy", "DROP POLICY t005_select ON public.t005",
                        List.of("policy t005_select on t005: in staging, not in production")),
                arguments("change a delete rule", """
                        ALTER TABLE public.t010 DROP CONSTRAINT t010_parent_id_fkey;
                        ALTER TABLE public.t010 ADD CONSTRAINT t010_parent_id_fkey FOREIGN KEY (parent_id)
                          REFERENCES public.t009 (id) ON DELETE RESTRICT""",
                        List.of("foreign key t010_parent_id_fkey on t010: on delete differs: staging has CASCADE, production has RESTRICT")),
                arguments("revoke an execute grant", "REVOKE EXECUTE ON FUNCTION public.fn_archive_t003(uuid) FROM authenticated",
                        List.of("EXECUTE on fn_archive_t003(uuid): grantees differ: only staging has authenticated")),
                arguments("grant execute to anon", "GRANT EXECUTE ON FUNCTION public.fn_archive_t007(uuid) TO anon",
                        List.of("EXECUTE on fn_archive_t007(uuid): grantees differ: only production has anon")),
                arguments("change a column default", "ALTER TABLE public.t007 ALTER COLUMN status SET DEFAULT 'active'",
                        List.of("column t007.status: default differs: staging has 'draft'::item_status, production has 'active'::item_status")),
                arguments("change a column type", "ALTER TABLE public.t008 ALTER COLUMN name TYPE varchar(200)",
                        List.of("column t008.name: type differs: staging has text, production has character varying(200)")),
                arguments("drop not null", "ALTER TABLE public.t009 ALTER COLUMN name DROP NOT NULL",
                        List.of("column t009.name: nullable differs: staging has no, production has yes")),
                arguments("add a column", "ALTER TABLE public.t011 ADD COLUMN note text",
                        List.of("column t011.note: in production, not in staging")),
                arguments("disable row level security", "ALTER TABLE public.t012 DISABLE ROW LEVEL SECURITY",
                        List.of("table t012: row level security differs: staging has enabled, production has disabled")),
                arguments("force row level security", "ALTER TABLE public.t017 FORCE ROW LEVEL SECURITY",
                        List.of("table t017: forced row level security differs: staging has no, production has yes")),
                arguments("change a policy's roles", "ALTER POLICY t013_select ON public.t013 TO public",
                        List.of("policy t013_select on t013: roles differ: staging has authenticated, production has public")),
                arguments("change a policy's expression", "ALTER POLICY t014_select ON public.t014 USING (true)",
                        List.of("policy t014_select on t014: using differs: staging has (status <> 'archived'::item_status), production has true")),
                arguments("drop an index", "DROP INDEX public.idx_t015_parent",
                        List.of("index idx_t015_parent on t015: in staging, not in production")),
                arguments("same index name, other columns", """
                        DROP INDEX public.idx_t016_owner;
                        CREATE INDEX idx_t016_owner ON public.t016 (owner_id, created_at)""",
                        List.of("index idx_t016_owner on t016: definition differs: staging has CREATE INDEX ON public.t016 USING btree"
                                + " (owner_id), production has CREATE INDEX ON public.t016 USING btree (owner_id, created_at)")),
                arguments("rename a constraint with a generated suffix",
                        "ALTER TABLE public.t020 RENAME CONSTRAINT t020_parent_id_fkey TO t020_parent_id_fkey1",
                        List.of("foreign key t020_parent_id_fkey on t020: in staging, not in production",
                                "foreign key t020_parent_id_fkey1 on t020: in production, not in staging")),
                arguments("make a definer function invoker", "ALTER FUNCTION public.fn_archive_t004(uuid) SECURITY INVOKER",
                        List.of("function fn_archive_t004(uuid): security differs: staging has definer, production has invoker")),
                arguments("change a search path", "ALTER FUNCTION public.fn_archive_t005(uuid) SET search_path = public, pg_temp",
                        List.of("function fn_archive_t005(uuid): search path differs: staging has public, production has public, pg_temp")),
                arguments("change a function body", """
                        CREATE OR REPLACE FUNCTION public.fn_archive_t006(p_id uuid) RETURNS void
                        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
                        BEGIN
                          UPDATE t006 SET status = 'draft' WHERE id = p_id;
                        END
                        $$""",
                        List.of("function fn_archive_t006(uuid): body differs: staging has BEGIN UPDATE t006 SET status = 'archived' WHERE"
                                + " id = p_id; END, production has BEGIN UPDATE t006 SET status = 'draft' WHERE id = p_id; END")),
                arguments("turn security_invoker off", "ALTER VIEW public.v_active_t001 SET (security_invoker = false)",
                        List.of("view v_active_t001: security_invoker differs: staging has yes, production has no")),
                arguments("change a view's definition", """
                        CREATE OR REPLACE VIEW public.v_active_t002 WITH (security_invoker = true) AS
                          SELECT id, name, amount FROM public.t002 WHERE status <> 'archived'""",
                        List.of("view v_active_t002: definition differs: staging has SELECT id, name, amount FROM t002 WHERE status ="
                                + " 'active'::item_status;, production has SELECT id, name, amount FROM t002 WHERE status <> 'archived'::item_status;")),
                arguments("revoke a default privilege", "ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM anon",
                        List.of("default privileges of postgres on functions in public: grants differ: only staging has anon EXECUTE")),
                arguments("disable a trigger", "ALTER TABLE public.t004 DISABLE TRIGGER t004_set_updated_at",
                        List.of("trigger t004_set_updated_at on t004: state differs: staging has enabled, production has disabled")),
                arguments("add an enum label", "ALTER TYPE public.priority ADD VALUE 'urgent'",
                        List.of("enum priority: labels in order differs: staging has low, medium, high, production has low, medium, high, urgent")),
                arguments("revoke a table privilege", "REVOKE DELETE ON public.t021 FROM authenticated",
                        List.of("privileges of authenticated on t021: privileges differ: only staging has DELETE")),
                arguments("drop a table", "DROP TABLE public.t045",
                        List.of("table t045: in staging, not in production")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void eachMutationIsReportedAsExactlyThatDifference(String name, String sql, List<String> expected) {
        String copy = "id_rs_m" + COPIES.incrementAndGet();
        GeneratedMigrations.execute(staging, List.of("CREATE DATABASE " + copy + " TEMPLATE " + TEMPLATE));
        String url = VerifierRun.current().embedded().server().jdbcUrl(copy);
        GeneratedMigrations.execute(url, List.of(sql));
        try (Database database = GeneratedMigrations.open("production", url)) {
            List<SchemaObject> mutated = WholeDatabaseSteps.objects(GeneratedMigrations.snapshot(database), "public");
            var verdict = SchemaIdentity.compare("public", "staging", stagingObjects, "production", mutated, List.of());
            assertThat(verdict.mismatches().stream().map(Mismatch::describe).toList()).as(name).containsExactlyElementsOf(expected);
        }
    }
}
