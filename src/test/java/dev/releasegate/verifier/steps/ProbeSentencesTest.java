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
 * Every query, behaviour and plan sentence passes on a prepared database and fails with its message; and the
 * probes that write leave the data exactly as it was.
 */
class ProbeSentencesTest {

    private static String trackpay;
    private static String trvl;
    private static Checklists.Outcome queries;
    private static Checklists.Outcome behaviour;
    private static Checklists.Outcome plans;

    @BeforeAll
    static void run() {
        trackpay = Checklists.trackpay("probes_sentences_tp", "sql/probes-extra.sql");
        trvl = Checklists.database("probes_sentences_trvl", "demo/supabase-base.sql", "demo/trvl.sql");
        Map<String, String> databases = Map.of("production", trackpay, "staging", trackpay, "trvl", trvl);
        queries = Checklists.run(databases, "checklists/probes/queries.feature");
        behaviour = Checklists.run(databases, "checklists/probes/behaviour.feature");
        plans = Checklists.run(databases, "checklists/probes/plans.feature");
    }

    @Test
    void queryResultsPass() {
        assertPasses(queries, "result is - passes, cells compared the psql way", "result is, in any order - passes",
                "result is empty - passes", "result has rows - passes", "query on a named database - passes",
                "semicolons and keywords inside quotes, dollar quotes and comments are one statement");
    }

    @Test
    void queryResultsFailWithTheirMessages() {
        assertFails(queries, "result is - fails", "row 2: count is 3, expected 4");
        assertFails(queries, "result is - fails when the order differs", "row 1: role is provider, expected client");
        assertFails(queries, "result is, in any order - fails", "row (role=admin): not in the result",
                "row (role=client): in the result but not in the checklist");
        assertFails(queries, "result is empty - fails", "the result: has 6 rows, expected none");
        assertFails(queries, "result has rows - fails", "the result: has 6 rows, expected 3 rows");
    }

    @Test
    void queriesThatAreNotOneReadOnlyStatementAreRefusedBeforeSending() {
        assertBroken(queries, "two statements are refused", "the query holds 2 statements", "nothing was sent");
        assertBroken(queries, "a delete is refused", "'delete' statements are not run by When I query", "nothing was sent");
        assertBroken(queries, "a writing WITH is refused", "the query writes (delete)", "nothing was sent");
        assertBroken(queries, "an unknown column is a broken item", "the result has no column 'two': its columns are one");
    }

    @Test
    void behaviourPasses() {
        assertPasses(behaviour, "I see rows - passes", "I see no rows - passes", "reading is denied - passes",
                "claims reach auth.jwt() - passes", "call fails with - passes", "call succeeds - passes",
                "call returns - passes, arguments bound as literals");
    }

    @Test
    void behaviourFailsWithItsMessages() {
        assertFails(behaviour, "I see rows - fails",
                "the authenticated user 7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11 reading trackpay_relationships: sees 2 rows, expected 3 rows");
        assertFails(behaviour, "I see no rows - fails", "reading trackpay_sessions: sees 6 rows, expected no rows");
        assertFails(behaviour, "I see no rows - fails when reading is denied",
                "the role anon reading denied_notes: reading it is denied [SQLSTATE 42501] permission denied for table denied_notes, expected to see no rows");
        assertFails(behaviour, "reading is denied - fails when row level security only hides rows",
                "the role anon reading trackpay_payments: is allowed and sees no rows, expected it to be denied (row level security hides rows");
        assertFails(behaviour, "call fails with - fails when anon lacks EXECUTE",
                "refused for lack of EXECUTE [SQLSTATE 42501]: permission denied for function delete_client_relationship_safely,"
                        + " expected it to fail with \"Not authenticated\"");
        assertFails(behaviour, "call fails with - fails with another message of the function",
                "failed with the function's error [SQLSTATE P0001]: Relationship not found, expected it to fail with \"Not authenticated\"");
        assertFails(behaviour, "call fails with - fails when the call succeeds", "succeeded, expected it to fail with \"anything\"");
        assertFails(behaviour, "call succeeds - fails",
                "failed with the function's error [SQLSTATE P0001]: Not authenticated, expected it to succeed");
        assertFails(behaviour, "call returns - fails",
                "row 1: uid is 7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11, expected 7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22");
        assertFails(behaviour, "calling a function that does not exist fails",
                "function delete_client_relationship_quickly: does not exist");
        assertBroken(behaviour, "I see rows without acting is a broken item", "needs a role to act as");
        assertBroken(behaviour, "acting as an unknown role is a broken item", "role 'nobody_here' does not exist in production");
        assertBroken(behaviour, "a call with an expression is refused before anything runs", "'(select id from trackpay_users limit 1)' is not a literal");
    }

    @Test
    void plansPassAndFailWithTheirMessages() {
        assertPasses(plans, "plan sentences - pass", "plans as the acting role see row level security");
        assertFails(plans, "uses the index - fails",
                "index idx_adventures_category: is not used by the plan (it uses no index); the plan: Aggregate / Seq Scan on public.adventures");
        assertFails(plans, "no sequential scan - fails, found deep in the tree",
                "sequential scan on adventures: the plan reads the whole table: Seq Scan on public.adventures");
        assertFails(plans, "completes in under - fails", "the query: took ", "(median of 5 runs: ", "expected under 0 ms");
        assertBroken(plans, "a SHOW has no plan", "the last query (show ...) has no plan");
    }

    @Test
    void writesProbesLeaveTheDataAsItWas() throws SQLException {
        Map<String, String> before = fingerprint(trackpay);
        Checklists.Outcome writes = Checklists.run(Map.of("production", trackpay), "checklists/probes/writes.feature");
        assertPasses(writes, "a @writes call that deletes and inserts succeeds",
                "a @writes insert as a provider goes through row level security",
                "a @writes direct delete of relationships removes nothing");
        assertThat(fingerprint(trackpay)).isEqualTo(before);

        String tag = "probes run in a read-only transaction unless the scenario is tagged @writes."
                + " Tag the scenario @writes if the write is intended (it is rolled back either way)";
        assertBroken(writes, "a call that writes without @writes fails",
                "[SQLSTATE 25006] cannot execute INSERT in a read-only transaction", tag);
        assertBroken(writes, "a function that inserts without @writes fails",
                "[SQLSTATE 25006] cannot execute INSERT in a read-only transaction", tag);
        assertBroken(writes, "an insert without @writes fails", "the query writes (insert, into)",
                "Only in a scenario tagged @writes may a query write");
    }

    /** Row count and an md5 of every row, per table the probes could touch. */
    private static Map<String, String> fingerprint(String url) throws SQLException {
        Map<String, String> prints = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String table : List.of("trackpay_users", "trackpay_relationships", "trackpay_sessions", "trackpay_payments",
                    "trackpay_requests", "trackpay_activities", "trackpay_invites", "trackpay_relationship_audit", "probe_notes")) {
                try (ResultSet rows = statement.executeQuery("select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, ','"
                        + " order by t::text)), '-') from public." + table + " t")) {
                    rows.next();
                    prints.put(table, rows.getString(1));
                }
            }
            try (ResultSet seq = statement.executeQuery("select last_value::text || is_called from public.probe_notes_id_seq")) {
                seq.next();
                prints.put("probe_notes_id_seq", seq.getString(1));
            }
        }
        assertThat(prints.get("trackpay_relationships")).startsWith("4 rows");
        return prints;
    }

    private static void assertPasses(Checklists.Outcome outcome, String... scenarios) {
        for (String scenario : scenarios) {
            assertThat(outcome.scenario(scenario).passed()).as(scenario + ": " + outcome.scenario(scenario).message()).isTrue();
        }
    }

    private static void assertFails(Checklists.Outcome outcome, String scenario, String... fragments) {
        Checklists.ScenarioOutcome result = outcome.scenario(scenario);
        assertThat(result.failure()).as(scenario).isInstanceOf(ChecklistItemFailed.class);
        for (String fragment : fragments) {
            assertThat(result.message()).as(scenario).contains(fragment);
        }
    }

    private static void assertBroken(Checklists.Outcome outcome, String scenario, String... fragments) {
        Checklists.ScenarioOutcome result = outcome.scenario(scenario);
        assertThat(result.failure()).as(scenario).isInstanceOf(ChecklistBroken.class);
        for (String fragment : fragments) {
            assertThat(result.message()).as(scenario).contains(fragment);
        }
    }
}
