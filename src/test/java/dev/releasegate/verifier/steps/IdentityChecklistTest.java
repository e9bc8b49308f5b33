package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole-database sentences run as checklists against prepared databases: TrackPay, its broken copy, planted findings. */
class IdentityChecklistTest {

    private static final String IDENTITY = "checklists/identity/trackpay.feature";
    private static final String FINDINGS = "checklists/identity/findings.feature";

    private static String staging;
    private static String production;
    private static String broken;
    private static String findings;

    @BeforeAll
    static void databases() {
        staging = Checklists.trackpay("id_tp_staging");
        production = Checklists.trackpay("id_tp_production");
        broken = Checklists.trackpay("id_tp_broken", "demo/trackpay-broken-production.sql");
        findings = Checklists.trackpay("id_tp_findings", "identity/findings.sql");
    }

    @Test
    void stagingAndProductionOfTheDemoAreIdentical() {
        Checklists.Outcome outcome = Checklists.run(Map.of("staging", staging, "production", production), IDENTITY);
        assertThat(outcome.scenario("staging and production have the same public schema").passed()).isTrue();
        assertThat(outcome.scenario("an empty schema is not identical by default").message())
                .startsWith("schema nothing_here in staging and production: 1 problem\n"
                        + "  schema nothing_here: holds nothing to compare in staging or production");
    }

    @Test
    void theBrokenProductionShowsExactlyThePlantedSchemaDifferences() {
        Checklists.Outcome outcome = Checklists.run(Map.of("staging", staging, "production", broken), IDENTITY);
        assertThat(outcome.scenario("staging and production have the same public schema").message()).startsWith("""
                schema public in staging and production: 4 problems
                  table trackpay_invites: row level security differs: staging has enabled, production has disabled
                  foreign key trackpay_payments_session_id_fkey on trackpay_payments: on delete differs: staging has RESTRICT, production has CASCADE
                  policy rel_delete_by_provider on trackpay_relationships: in production, not in staging
                  EXECUTE on delete_client_relationship_safely(uuid): grantees differ: only production has anon

                """);
        assertThat(outcome.scenario("the planted differences can be ignored by kind and name").passed()).isTrue();
        assertThat(outcome.scenario("an unknown kind to ignore is a broken checklist").message())
                .isEqualTo("unknown kind of schema object 'tables': use one of table, view, materialized view, foreign table, column,"
                        + " foreign key, index, policy, trigger, table privilege, function, function privilege, default privilege, enum, sequence, extension");
    }

    @Test
    void theDemoHasOnlyTheAuditTableWithoutPolicy() {
        Checklists.Outcome outcome = Checklists.run(Map.of("production", production), FINDINGS);
        assertThat(outcome.scenario("the database has no security findings").message()).startsWith("""
                security findings in production (exposed schemas: public): 1 problem
                  rls_enabled_no_policy on trackpay_relationship_audit: row level security is on but no policy exists, so no API role\
                 can read or write a single row. Fix: add policies for the roles that need access, or except it here if only security\
                 definer functions use trackpay_relationship_audit
                """);
        assertThat(outcome.scenario("a stale exception is reported").message()).startsWith("""
                security findings in production (exposed schemas: public): 1 problem
                  except rls_enabled_no_policy on trackpay_users: silences nothing: production has no such finding; remove the row,\
                 a stale exception would hide the next regression
                """);
        assertThat(outcome.scenario("an unknown finding is a broken checklist").message()).startsWith("unknown security finding 'rls_off'");
    }

    @Test
    void everyPlantedFindingIsReportedAndCanBeExcepted() {
        Checklists.Outcome outcome = Checklists.run(Map.of("production", findings), FINDINGS);
        String message = outcome.scenario("the database has no security findings").message();
        assertThat(message.lines().filter(l -> l.startsWith("  ")).map(l -> l.substring(2, l.indexOf(':'))).toList()).containsExactly(
                "rls_disabled_in_public on drafts",
                "rls_disabled_in_public on notes",
                "rls_enabled_no_policy on trackpay_relationship_audit",
                "policy_exists_rls_disabled on drafts",
                "function_search_path_mutable on touch_all()",
                "security_definer_view on session_totals",
                "auth_users_exposed on user_emails",
                "anon_can_execute_definer_function on touch_all()",
                "unindexed_foreign_keys on comments");
        assertThat(message).contains("  unindexed_foreign_keys on comments: foreign key (session_id) -> trackpay_sessions: without an"
                + " index on its columns, every delete or key update of a referenced row scans this table. Fix: CREATE INDEX ON comments"
                + " (session_id)\n");
        assertThat(message).contains("  auth_users_exposed on user_emails: it reveals rows of auth.users (emails, sign-in data,"
                + " metadata) to API callers. Fix: REVOKE SELECT ON user_emails FROM anon, authenticated, or move it to a schema the API"
                + " does not expose\n");
        assertThat(outcome.scenario("every finding excepted").passed()).isTrue();
    }
}
