package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios tagged @writes share one transaction, rolled back at the end whatever happens; set-up sentences and
 * expected errors pass, fail and break with their messages; the shipped TrackPay stories pass on the demo, fail on a
 * broken production, and leave both as they were.
 */
class ScenarioTransactionsTest {

    private static final List<String> TABLES = List.of("auth.users", "public.trackpay_users", "public.trackpay_relationships",
            "public.trackpay_sessions", "public.trackpay_payments", "public.trackpay_requests", "public.trackpay_activities",
            "public.trackpay_invites", "public.trackpay_relationship_audit");

    private static String database;
    private static Map<String, String> before;
    private static Checklists.Outcome outcome;

    @BeforeAll
    static void run() throws SQLException {
        database = Checklists.trackpay("stories_tx", "sql/probes/stories.sql");
        before = fingerprint(database);
        outcome = Checklists.run(Map.of("production", database, "plain", Checklists.database("stories_plain")),
                "checklists/probes/stories.feature");
    }

    @Test
    void aScenarioThatWroteEverywhereLeavesTheDatabaseAsItWas() throws SQLException {
        assertPasses("inserted, updated, deleted and called, all in one transaction - passes");
        assertThat(outcome.scenario("a scenario that fails half-way - fails").failure()).isInstanceOf(ChecklistItemFailed.class);
        assertThat(fingerprint(database)).isEqualTo(before);
    }

    @Test
    void expectedErrorsPassAndFailShowingBothErrors() {
        assertPasses("expected errors - pass", "reading denied with the schema's message - passes");
        assertFails("a statement expected to fail that succeeds - fails",
                "the query: succeeded, expected it to fail with \"violates check constraint\"");
        assertFails("a statement that fails otherwise - fails, showing both errors",
                "the query: failed [SQLSTATE 23514]: new row for relation \"trackpay_users\" violates check constraint"
                        + " \"trackpay_users_role_check\", expected it to fail with \"duplicate key value\"");
        assertFails("another SQLSTATE - fails", "failed [SQLSTATE 23514]", "expected it to fail with SQLSTATE 23505");
        assertFails("a call expected to fail that succeeds - fails", "call auth.uid(): succeeded, expected it to fail");
        assertFails("reading denied with, where the role may read - fails",
                "reading trackpay_users: succeeded, expected it to fail with \"permission denied\"");
        assertFails("rows in a table that does not exist - fails", "table trackpay_customers: does not exist");
    }

    @Test
    void aFailureNoStepExpectedIsBrokenSayingHowToExpectIt() {
        assertBroken("a failure no step expected, as the last step - broken",
                "the query failed in production: [SQLSTATE 23514] new row for relation \"trackpay_users\" violates check constraint",
                "follow it with Then it fails with \"<part of the message>\" (or Then it fails with SQLSTATE \"23514\")");
        assertBroken("a failure no step expected, then another step - broken", "inserting 1 row into trackpay_users failed in production");
    }

    @Test
    void setUpOutsideItsPlaceIsBrokenSayingWhatIsMissing() {
        assertBroken("set-up without @writes - broken", "Given the user \"ann@tx.example\" exists writes to production: tag the scenario @writes");
        assertBroken("acting as a user no step created - broken", "no user \"nobody@tx.example\" in this scenario:"
                + " write Given the user \"nobody@tx.example\" exists first");
        assertBroken("a user where there is no Supabase Auth - broken", "plain has no table auth.users with columns id and email");
        assertBroken("it fails with no statement before it - broken", "there is no statement or call to check");
    }

    @Test
    void theShippedStoriesPassOnTheDemoAndFailOnABrokenProductionLeavingBothAsTheyWere() throws SQLException {
        String demo = Checklists.trackpay("stories_demo");
        String broken = Checklists.trackpay("stories_broken", "demo/trackpay-broken-production.sql");
        Map<String, String> demoBefore = fingerprint(demo);
        Map<String, String> brokenBefore = fingerprint(broken);

        Checklists.Outcome good = Checklists.run(Map.of("demo-production", demo), "features/trackpay/08-stories.feature");
        assertThat(good.scenarios()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(good.failed()).as(good.allMessages()).isEmpty();

        Checklists.Outcome bad = Checklists.run(Map.of("demo-production", broken), "features/trackpay/08-stories.feature");
        assertThat(bad.scenario("anon may not call the RPC at all").message())
                .contains("failed with the function's error [SQLSTATE P0001]: Not authenticated, expected it to fail with SQLSTATE 42501");
        assertThat(bad.scenario("A paid session cannot be deleted while its payment refers to it (RESTRICT)").message())
                .contains("the query: succeeded, expected it to fail with \"violates foreign key constraint \"trackpay_payments_session_id_fkey\"\"");
        assertThat(bad.scenario("Nobody deletes a relationship directly, not even its provider (Step 4 section 9)").message())
                .contains("has 2 rows, expected none");
        assertThat(bad.scenario("A provider sees their invites; the invited client does not").message())
                .contains("sees 3 rows, expected 1 row");
        assertThat(bad.failed()).hasSize(4);

        assertThat(fingerprint(demo)).isEqualTo(demoBefore);
        assertThat(fingerprint(broken)).isEqualTo(brokenBefore);
    }

    /** Row count and an md5 of every row of every table the stories touch. */
    static Map<String, String> fingerprint(String url) throws SQLException {
        Map<String, String> prints = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, ','"
                        + " order by t::text)), '-') from " + table + " t")) {
                    rows.next();
                    prints.put(table, rows.getString(1));
                }
            }
        }
        return prints;
    }

    private static void assertPasses(String... scenarios) {
        for (String scenario : scenarios) {
            assertThat(outcome.scenario(scenario).passed()).as(scenario + ": " + outcome.scenario(scenario).message()).isTrue();
        }
    }

    private static void assertFails(String scenario, String... fragments) {
        Checklists.ScenarioOutcome result = outcome.scenario(scenario);
        assertThat(result.failure()).as(scenario + ": " + result.message()).isInstanceOf(ChecklistItemFailed.class);
        for (String fragment : fragments) {
            assertThat(result.message()).as(scenario).contains(fragment);
        }
    }

    private static void assertBroken(String scenario, String... fragments) {
        Checklists.ScenarioOutcome result = outcome.scenario(scenario);
        assertThat(result.failure()).as(scenario + ": " + result.message()).isInstanceOf(ChecklistBroken.class);
        for (String fragment : fragments) {
            assertThat(result.message()).as(scenario).contains(fragment);
        }
    }
}
