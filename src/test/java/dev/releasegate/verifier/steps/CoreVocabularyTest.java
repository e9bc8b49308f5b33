package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every core sentence passes on a database that is right, and fails with a message naming what is wrong. */
class CoreVocabularyTest {

    private static Checklists.Outcome passing;
    private static Checklists.Outcome failing;

    @BeforeAll
    static void run() {
        String core = Checklists.trackpay("core_vocabulary", "sql/foundation/legacy.sql");
        passing = Checklists.run(Map.of("core", core), "checklists/foundation/core-passing.feature");
        failing = Checklists.run(Map.of("core", core), "checklists/foundation/core-failing.feature");
    }

    @Test
    void everySentenceHoldsOnARightDatabase() {
        assertThat(passing.scenarios()).hasSize(4);
        assertThat(passing.allMessages()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A table that should be gone is still there | table trackpay_users: exists, expected it not to",
            "A table that should exist does not | table legacy_orders: does not exist",
            "The tables matching a pattern are not exactly the list | table trackpay_refunds: does not exist",
            "The tables matching a pattern are not exactly the list | table trackpay_relationship_audit: exists but is not in the list",
            "The number of matching tables is wrong | tables matching trackpay_%: 8 found, expected 9",
            "A table where a view was expected | view trackpay_users: is a table, expected a view",
            "Foreign keys referencing users are not all RESTRICT | trackpay_invites.client_id -> trackpay_users: on delete is CASCADE, expected RESTRICT",
            "Foreign keys referencing users are not all RESTRICT | trackpay_invites.claimed_by -> trackpay_users: on delete is SET NULL, expected RESTRICT",
            "A CASCADE that nobody excepted | trackpay_invites.provider_id -> trackpay_users: on delete is CASCADE, which no key referencing trackpay_users may have",
            "An exception that silences nothing | except trackpay_payments: excuses nothing",
            "A row level security exception that excuses nothing | except trackpay_users: excuses nothing (row level security is enabled on it)",
            "A foreign key's update rule differs | trackpay_payments.client_id -> trackpay_users: on update is NO ACTION, expected CASCADE",
            "A table without a primary key | table legacy.order_lines: has no primary key",
            "Row level security is not forced | table trackpay_payments: row level security is not forced",
            "A policy that is not in the list | policy rel_insert_by_provider on trackpay_relationships: exists but is not in the list",
            "A policy's expression and roles differ | policy users_select_own on trackpay_users: roles are authenticated, expected anon; using is ((auth.uid() = auth_user_id)), expected it to contain (auth.uid() = id)",
            "An index on other columns, and one that is missing | index idx_relationships_provider on trackpay_relationships: columns are (provider_id, client_id), expected (client_id, provider_id)",
            "An index on other columns, and one that is missing | index idx_sessions_started_at on trackpay_sessions: does not exist",
            "A function that does not exist | function delete_client_relationship_safely(text): does not exist (found delete_client_relationship_safely(uuid))",
            "A role that can execute what it should not | role authenticated on delete_client_relationship_safely(uuid): can execute it, expected not",
            "A row count that is off | table trackpay_users: 6 rows, expected 7",
            "A table that should be empty is not | table trackpay_invites: 2 rows, expected 0",
            "Several row counts, every one reported | table trackpay_payments: 5 rows, expected 4",
            "Several row counts, every one reported | table trackpay_ghosts: does not exist",
    })
    void eachSentenceFailsSayingWhatIsWrong(String scenario, String message) {
        Checklists.ScenarioOutcome outcome = failing.scenario(scenario);
        assertThat(outcome.passed()).as(scenario).isFalse();
        assertThat(outcome.message()).as(scenario).contains(message);
    }

    @Test
    void everyFailingScenarioIsCovered() {
        assertThat(failing.scenarios()).hasSize(20).noneMatch(Checklists.ScenarioOutcome::passed);
    }
}
