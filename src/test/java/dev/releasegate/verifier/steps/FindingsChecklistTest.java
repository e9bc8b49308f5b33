package dev.releasegate.verifier.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings sentences as checklists: TrackPay with planted findings, the demo itself, plain PostgreSQL, exposed schemas. */
class FindingsChecklistTest {

    private static final String FINDINGS = "checklists/findings/findings.feature";

    private static String demo;
    private static Checklists.Outcome onPlanted;
    private static Checklists.Outcome onDemo;

    /** The findings checklist runs once on TrackPay with planted findings, once on the demo; the tests read the outcomes. */
    @BeforeAll
    static void databases() {
        demo = Checklists.trackpay("fc_demo");
        onPlanted = Checklists.run(Map.of("production", Checklists.trackpay("fc_planted", "findings/planted.sql")), FINDINGS);
        onDemo = Checklists.run(Map.of("production", demo), FINDINGS);
    }

    @Test
    void everyPlantedSecurityFindingIsNamedWithItsLevelWhyAndFix() {
        Checklists.Outcome outcome = onPlanted;
        String message = outcome.scenario("the database has no security findings").message();
        assertThat(message).startsWith("security findings in production, every level (exposed schemas: public (default);"
                + " 18 lints checked, 3 skipped): 11 problems\n");
        assertThat(headings(message)).containsExactly(
                "auth_users_exposed on user_emails (ERROR)",
                "policy_exists_rls_disabled on drafts (ERROR)",
                "rls_enabled_no_policy on trackpay_relationship_audit (INFO)",
                "security_definer_view on session_totals (ERROR)",
                "function_search_path_mutable on handle_updated_at() (WARN)",
                "function_search_path_mutable on touch_all() (WARN)",
                "rls_disabled_in_public on drafts (ERROR)",
                "rls_disabled_in_public on notes (ERROR)",
                "anon_security_definer_function_executable on touch_all() (WARN)",
                "authenticated_security_definer_function_executable on delete_client_relationship_safely(uuid) (WARN)",
                "authenticated_security_definer_function_executable on touch_all() (WARN)");
        assertThat(message).contains("\n  rls_disabled_in_public on notes (ERROR): anon and authenticated may select from it: row level security is"
                + " off, so every row is open to the API. Fix: ALTER TABLE notes ENABLE ROW LEVEL SECURITY, then add policies for the roles"
                + " that need access\n");
        assertThat(message).contains("\n  auth_users_exposed on user_emails (ERROR): it reads auth.users and anon and authenticated may select"
                + " from it (it runs as its caller, but auth.users has no row level security): it lets anon or authenticated read rows of"
                + " auth.users (emails, phone numbers, sign-in data) through the API. Fix: REVOKE SELECT ON user_emails FROM anon,"
                + " authenticated, or move it out of the exposed schemas\n");
    }

    @Test
    void exceptionsExcuseWithAReasonUntilTheirDateAndAreReportedWhenStale() {
        Checklists.Outcome outcome = onPlanted;
        assertThat(outcome.scenario("every finding excepted, in the two-column table of earlier checklists").passed()).isTrue();
        assertThat(outcome.scenario("every finding excepted with a reason, one until a date").passed()).isTrue();
        assertThat(outcome.scenario("an exception past its date excuses nothing").message()).startsWith("""
                security findings in production, level ERROR (exposed schemas: public (default); 7 lints checked, 1 skipped): 1 problem
                  rls_disabled_in_public on notes (ERROR): anon and authenticated may select from it: row level security is off, so every\
                 row is open to the API. Fix: ALTER TABLE notes ENABLE ROW LEVEL SECURITY, then add policies for the roles that need\
                 access (the exception for it expired on 2020-01-31; its reason was: to be fixed by January)
                """);
        assertThat(outcome.scenario("an exception past its date excuses nothing").message())
                .contains("| excepted      | rls_disabled_in_public     | ERROR | drafts         |")
                .contains("| excepted: drafts hold nothing private |")
                .contains("| XX unexpected | rls_disabled_in_public     | ERROR | notes          |")
                .contains("| exception expired on 2020-01-31       |");
        assertThat(outcome.scenario("a stale exception is reported").message()).contains("\n  except rls_enabled_no_policy on trackpay_users:"
                + " excuses nothing (production has no such finding): remove or correct the row, a stale exception would hide the next"
                + " regression\n").doesNotContain("except rls_enabled_no_policy on trackpay_relationship_audit");
        assertThat(outcome.scenario("only the errors").message()).contains(": 5 problems\n");
    }

    @Test
    void aWrongExceptionOrWordIsABrokenChecklist() {
        Checklists.Outcome outcome = onPlanted;
        assertThat(outcome.scenario("an unknown finding is a broken checklist").message())
                .startsWith("unknown finding 'rls_off': use one of unindexed_foreign_keys, auth_users_exposed, ")
                .endsWith(", invalid_index, anon_can_execute_definer_function");
        assertThat(outcome.scenario("an exception without its reason is a broken checklist").message()).isEqualTo("the exception"
                + " rls_disabled_in_public on notes gives no reason: an auditor accepts an exception only with the reason it is safe;"
                + " write it in the reason column");
        assertThat(outcome.scenario("an exception until a day that is not a date is a broken checklist").message()).isEqualTo("the exception"
                + " rls_disabled_in_public on notes has until '31/12/2999', which is not a date: write it as YYYY-MM-DD (the last day it excuses)");
        assertThat(outcome.scenario("a security finding excepted under the performance sentence is a broken checklist").message())
                .isEqualTo("rls_disabled_in_public is a security lint: except it under \"Then the database has no security findings, except:\"");
        assertThat(outcome.scenario("an unknown level is a broken checklist").message())
                .isEqualTo("unknown finding level 'SEVERE': use one of ERROR, WARN, INFO");
    }

    @Test
    void theDemoHasThreeSecurityFindingsAndPerRowPolicyCallsAtWarnOrAbove() {
        Checklists.Outcome outcome = onDemo;
        assertThat(headings(outcome.scenario("the database has no security findings").message())).containsExactly(
                "rls_enabled_no_policy on trackpay_relationship_audit (INFO)",
                "function_search_path_mutable on handle_updated_at() (WARN)",
                "authenticated_security_definer_function_executable on delete_client_relationship_safely(uuid) (WARN)");
        assertThat(headings(outcome.scenario("the database has no performance findings at level WARN or above").message()))
                .hasSize(11).allMatch(h -> h.startsWith("auth_rls_initplan on trackpay_") && h.endsWith(" (WARN)"));
        assertThat(outcome.scenario("only the errors").passed()).isTrue();
    }

    @Test
    void theShippedChecklistExceptsTheDemosFindingsWithReasons() {
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-staging", demo, "demo-production", demo), "examples/whole-database.feature");
        assertThat(outcome.allMessages()).isEmpty();
        assertThat(outcome.scenarios()).hasSize(3);
    }

    @Test
    void onPlainPostgresTheGenericLintsRunAndSupabasesAreSkippedInTheEvidence(@TempDir Path reports) throws IOException {
        String plain = Checklists.database("fc_plain");
        GeneratedMigrations.execute(plain, List.of("create table public.audit (id int primary key)",
                "alter table public.audit enable row level security", "create function public.add_one(i int) returns int language sql as 'select i + 1'",
                "create table public.parents (id int primary key)", "create table public.children (id int primary key, parent_id int references public.parents (id))"));
        Path json = reports.resolve("cucumber.json");
        Checklists.Outcome outcome = Checklists.run(Map.of("plain", plain), Map.of("cucumber.plugin", "json:" + json),
                "checklists/findings/plain.feature");
        String security = outcome.scenario("the generic security lints run, Supabase's say they were skipped").message();
        // the roles anon and authenticated are the server's, and other test databases created them: only the rest is missing here
        assertThat(security).startsWith("security findings in plain, every level (exposed schemas: public (default); 15 lints checked,"
                + " 6 skipped): 2 problems\n");
        assertThat(headings(security)).containsExactly("rls_enabled_no_policy on audit (INFO)", "function_search_path_mutable on add_one(integer) (WARN)");
        assertThat(headings(outcome.scenario("every performance lint runs").message())).containsExactly("unindexed_foreign_keys on children (INFO)");
        String lints = attachment(json, "the generic security lints run, Supabase's say they were skipped", "lints checked");
        assertThat(lints).startsWith("security lints (splinter's) on plain, every level; exposed schemas: public, by default: neither"
                + " verify.exposed-schemas nor pgrst.db_schemas of role authenticator is set\n");
        assertThat(lints).contains("\n  skipped     auth_users_exposed (ERROR): this database has no table auth.users (Supabase Auth)\n",
                "\n  skipped     fkey_to_auth_unique (ERROR): this database has no schema auth (Supabase Auth)\n",
                "\n  skipped     public_bucket_allows_listing (WARN): this database has no table storage.buckets (Supabase Storage)\n",
                "\n  skipped     insecure_queue_exposed_in_api (ERROR): this database has no pgmq schema (Supabase Queues)\n",
                "\n  skipped     pg_graphql_anon_table_exposed (WARN): this database has no pg_graphql extension\n",
                "\n  checked     rls_disabled_in_public (ERROR): no finding\n",
                "\n  checked     function_search_path_mutable (WARN): 1 finding\n",
                "\n  checked     extension_in_public (WARN): no finding\n");
    }

    @Test
    void exposedSchemasComeFromTheSettingElseFromPostgrestsOwnSetting() {
        String url = Checklists.database("fc_exposed", "demo/supabase-base.sql");
        GeneratedMigrations.execute(url, List.of("create schema api", "grant usage on schema api to anon",
                "create table api.orders (id int primary key)", "grant select on api.orders to anon"));
        Checklists.Outcome byDefault = Checklists.run(Map.of("production", url), "checklists/findings/exposed.feature");
        assertThat(byDefault.scenario("errors in the exposed schemas").passed()).isTrue();
        Checklists.Outcome bySetting = Checklists.run(Map.of("production", url, "verify.exposed-schemas", "public, api"),
                "checklists/findings/exposed.feature");
        assertThat(bySetting.scenario("errors in the exposed schemas").message()).startsWith("security findings in production, level ERROR"
                + " (exposed schemas: public, api (verify.exposed-schemas); 7 lints checked, 1 skipped): 1 problem\n"
                + "  rls_disabled_in_public on api.orders (ERROR): anon may select from it:");
        GeneratedMigrations.execute(url, List.of("alter role authenticator in database fc_exposed set pgrst.db_schemas = 'api, graphql_public'"));
        Checklists.Outcome byDatabase = Checklists.run(Map.of("production", url), "checklists/findings/exposed.feature");
        assertThat(byDatabase.scenario("errors in the exposed schemas").message()).startsWith("security findings in production, level ERROR"
                + " (exposed schemas: api, graphql_public (pgrst.db_schemas of role authenticator); 7 lints checked, 1 skipped): 1 problem\n"
                + "  rls_disabled_in_public on api.orders (ERROR)");
        Checklists.Outcome settingWins = Checklists.run(Map.of("production", url, "verify.exposed-schemas", "public"),
                "checklists/findings/exposed.feature");
        assertThat(settingWins.scenario("errors in the exposed schemas").passed()).isTrue();
    }

    @Test
    void aHostileTableNameIsOnlyEverAName() throws Exception {
        String url = Checklists.database("fc_hostile", "demo/supabase-base.sql");
        GeneratedMigrations.execute(url, List.of("create table public.items (id int primary key)",
                "alter table public.items enable row level security",
                "create policy items_read on public.items for select to authenticated using (true)",
                "create table public.\"we\"\"ird; drop table public.items; --\" (id int primary key)"));
        Checklists.Outcome outcome = Checklists.run(Map.of("production", url), "checklists/findings/hostile.feature");
        assertThat(headings(outcome.scenario("the finding names it exactly").message()))
                .containsExactly("rls_disabled_in_public on we\"ird; drop table public.items; -- (ERROR)");
        assertThat(outcome.scenario("an exception names it in double quotes").passed()).isTrue();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.ResultSet rs = c.createStatement().executeQuery("select count(*) from public.items")) {
            assertThat(rs.next()).isTrue();
        }
    }

    /** "rls_disabled_in_public on notes (ERROR)" for each problem line of a verdict's message. */
    static List<String> headings(String message) {
        return message.lines().filter(l -> l.startsWith("  ") && l.contains(" on ")).map(l -> l.substring(2, l.indexOf("): ") + 1)).toList();
    }

    /** The text of an attachment of a scenario, from Cucumber's JSON report. */
    private static String attachment(Path cucumberJson, String scenario, String name) throws IOException {
        List<String> found = new ArrayList<>();
        for (JsonNode feature : new ObjectMapper().readTree(cucumberJson.toFile())) {
            for (JsonNode element : feature.path("elements")) {
                if (element.path("name").asText().equals(scenario)) {
                    for (JsonNode step : element.path("steps")) {
                        for (JsonNode embedding : step.path("embeddings")) {
                            if (embedding.path("name").asText().equals(name)) {
                                found.add(new String(Base64.getDecoder().decode(embedding.path("data").asText()), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("attachment '" + name + "' of scenario '" + scenario + "'").hasSize(1);
        return found.get(0);
    }
}
