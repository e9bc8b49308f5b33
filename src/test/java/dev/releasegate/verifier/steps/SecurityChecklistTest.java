package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The security and platform sentences pass on a prepared database, and fail with the expected messages on broken ones. */
class SecurityChecklistTest {

    private static final String INJECTION_TABLE = "x\"; drop table y; --";

    private static String good;
    private static String broken;
    private static String bare;
    private static String injection;

    @BeforeAll
    static void databases() {
        good = Checklists.trackpay("sec_good", "sql/security/good.sql");
        broken = Checklists.trackpay("sec_broken", "sql/security/broken.sql");
        bare = Checklists.database("sec_bare", "sql/security/bare.sql");
        injection = Checklists.database("sec_injection", "demo/supabase-base.sql", "sql/security/injection.sql");
    }

    private static Checklists.Outcome run(String url, String feature) {
        return Checklists.run(Map.of("production", url), "checklists/security/" + feature);
    }

    @Test
    void everySentencePassesOnAPreparedDatabase() {
        Checklists.Outcome outcome = run(good, "pass.feature");
        assertThat(outcome.scenarios()).hasSize(9);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void everySentenceFailsNamingEachDefect() {
        Checklists.Outcome outcome = run(broken, "fail.feature");
        assertThat(outcome.failed()).hasSameSizeAs(outcome.scenarios());
        assertThat(message(outcome, "A protected table without a policy")).contains(
                "table trackpay_relationship_audit: row level security is enabled but it has no policy, so nobody but its owner"
                        + " (and roles that bypass row level security) can read or write it");
        assertThat(message(outcome, "Privileges differ from the list"))
                .contains("privileges in production: 3 problems")
                // at least these: authenticated holds ALL on trackpay_users, more than the row lists, and that is no failure
                .contains("| ok         | trackpay_users                          | authenticated | SELECT, INSERT, UPDATE, DELETE, TRUNCATE,"
                        + " REFERENCES, TRIGGER, MAINTAIN | at least SELECT, INSERT, UPDATE |")
                .contains("role anon on storage.buckets: has none, expected at least SELECT\n")
                .contains("role anon on delete_client_relationship_safely(uuid): has none, expected at least EXECUTE\n")
                .contains("trackpay_ghosts: does not exist");
        assertThat(message(outcome, "anon holds privileges on payments"))
                .contains("role anon on trackpay_payments: has SELECT (check grants to the role")
                .contains("role anon on trackpay_payments: has DELETE")
                .contains("role anon on trackpay_payments: has MAINTAIN");
        assertThat(message(outcome, "An unindexed foreign key"))
                .contains("indexes behind foreign keys in schema public in production: 1 problem")
                .contains("trackpay_payments.session_id -> trackpay_sessions: no index on (session_id)");
        assertThat(message(outcome, "Triggers differ from the list"))
                .contains("trigger trackpay_users_set_updated_at on trackpay_users: timing is BEFORE, expected AFTER;"
                        + " events are UPDATE, expected INSERT OR UPDATE; function is handle_updated_at(), expected audit();"
                        + " is enabled only in replica sessions")
                .contains("trigger trackpay_sessions_set_updated_at on trackpay_sessions: is disabled, expected enabled")
                .contains("trigger trackpay_payments_audit on trackpay_payments: does not exist (the table has no triggers)");
        assertThat(message(outcome, "Disabled triggers"))
                .contains("triggers on tables matching trackpay_% in production: 2 problems")
                .contains("trigger trackpay_sessions_set_updated_at on trackpay_sessions: is disabled")
                .contains("trigger trackpay_users_set_updated_at on trackpay_users: is enabled only in replica sessions");
        assertThat(message(outcome, "A sequence behind its column"))
                .contains("sequences in schema public in production: 1 problem")
                .contains("sequence trackpay_counters_id_seq: next value 1 is not above the highest trackpay_counters.id (7):"
                        + " the next insert that uses it fails with a duplicate key (fix: select setval('public.trackpay_counters_id_seq', 7))");
        assertThat(message(outcome, "Buckets differ from the list"))
                .contains("bucket avatars: public is no, expected yes")
                .contains("bucket documents: file size limit is 5242880, expected 10485760;"
                        + " allowed mime types are image/png, application/pdf, expected application/pdf")
                .contains("bucket recordings: does not exist (buckets: avatars, documents)");
        assertThat(message(outcome, "No pg_cron")).contains("scheduled jobs in production: 1 problem",
                "pg_cron: is not installed in production (there is no cron.job table)");
        assertThat(message(outcome, "An unknown role")).contains("role 'nobody' does not exist in production (roles: ")
                .contains("anon, authenticated");
        assertThat(message(outcome, "An unknown role in the privileges table")).contains("role 'nobody' does not exist in production");
        assertThat(message(outcome, "An unknown trigger timing"))
                .isEqualTo("unknown trigger timing 'DURING': use one of BEFORE, AFTER, INSTEAD OF");
        assertThat(message(outcome, "An unknown trigger event"))
                .isEqualTo("unknown trigger event 'UPSERT': use one of INSERT, UPDATE, DELETE, TRUNCATE");
        assertThat(message(outcome, "An unknown privilege")).isEqualTo("unknown privilege 'READ': use one of SELECT, INSERT, UPDATE,"
                + " DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN, USAGE, CREATE, EXECUTE, ALL");
    }

    @Test
    void absentStorageCronSequencesAndKeysFailAndSaySo() {
        Checklists.Outcome outcome = run(bare, "bare.feature");
        assertThat(message(outcome, "No storage schema")).contains("storage.buckets: does not exist in production:"
                + " this database has no Supabase storage schema, so no bucket could be checked");
        assertThat(message(outcome, "No pg_cron in a plain database")).contains("pg_cron: is not installed in production");
        assertThat(message(outcome, "No sequences")).contains("sequences in schema public: none found, so none could be checked");
        assertThat(message(outcome, "No foreign keys")).contains("foreign keys in schema public: none found, so no index could be checked");
        assertThat(message(outcome, "No triggers")).contains("triggers on tables matching %: none found, so none could be checked");
        assertThat(outcome.scenario("Protected tables with policies").passed()).isTrue();
    }

    @Test
    void aTableNamedLikeAnInjectionIsOnlyEverAName() throws Exception {
        System.setProperty("SEC_INJECTION_TABLE", INJECTION_TABLE);
        try {
            Checklists.Outcome outcome = run(injection, "injection.feature");
            assertThat(outcome.allMessages()).isEmpty();
            assertThat(outcome.scenarios()).hasSize(1);
        } finally {
            System.clearProperty("SEC_INJECTION_TABLE");
        }
        try (Connection connection = DriverManager.getConnection(injection);
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from public.y")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    private static String message(Checklists.Outcome outcome, String scenario) {
        Checklists.ScenarioOutcome s = outcome.scenario(scenario);
        assertThat(s.passed()).as(scenario + " should fail").isFalse();
        return s.message();
    }
}
