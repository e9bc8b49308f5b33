package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A @writes scenario's one transaction: steps see each other's writes, a failed step undoes only itself, nothing outlives it. */
class ScenarioTransactionTest {

    private static String url;
    private static Database database;

    @BeforeAll
    static void database() throws SQLException {
        SecretMask mask = new SecretMask();
        url = VerifierRun.current().embedded().createDatabase("scenario_tx", List.of());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create table notes (id int primary key, body text not null)");
        }
        database = new Database("scenario", ConnectionTarget.parse(url, mask), mask, 30_000);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void stepsShareTheTransactionAndAFailedStepUndoesOnlyItself() {
        try (ScenarioTransaction scenario = database.beginScenario()) {
            assertThat(insert(scenario, 1, "one").failed()).isFalse();
            assertThat(insert(scenario, 1, "again").error().orElseThrow().sqlState()).isEqualTo("23505");
            assertThat(insert(scenario, 2, "two").failed()).isFalse();
            assertThat(count(scenario)).isEqualTo("2");
            assertThat(committedCount()).isEqualTo("0"); // nothing is visible outside the scenario's transaction
        }
        assertThat(committedCount()).isEqualTo("0");
    }

    @Test
    void aKilledConnectionBreaksTheRestOfTheScenarioAndIsNeverReused() throws SQLException {
        ScenarioTransaction scenario = database.beginScenario();
        String pid = scenario.run(session -> session.query("select pg_backend_pid()::text").rows().get(0).get(0));
        insert(scenario, 3, "three");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(" + Integer.parseInt(pid) + ")");
        }
        assertThatThrownBy(() -> insert(scenario, 4, "four")).isInstanceOf(ChecklistBroken.class).hasMessageContaining("lost the connection");
        assertThatThrownBy(() -> count(scenario)).isInstanceOf(ChecklistBroken.class)
                .hasMessageStartingWith("an earlier step of this scenario lost its transaction in scenario");
        scenario.close();
        String next = database.read(session -> session.query("select pg_backend_pid()::text").rows().get(0).get(0));
        assertThat(next).isNotEqualTo(pid);
        assertThat(committedCount()).isEqualTo("0");
    }

    @Test
    void theTransactionStaysOneThatIsRolledBackEvenWhenAStepThrows() {
        try (ScenarioTransaction scenario = database.beginScenario()) {
            insert(scenario, 5, "five");
            assertThatThrownBy(() -> scenario.run(session -> {
                session.query("insert into notes values (6, 'six')");
                throw new ChecklistBroken("the step broke after writing");
            })).hasMessage("the step broke after writing");
            assertThat(count(scenario)).isEqualTo("1"); // the broken step's row went with its savepoint
        }
        assertThat(committedCount()).isEqualTo("0");
    }

    private static ProbeOutcome insert(ScenarioTransaction scenario, int id, String body) {
        return RoleProbe.run(scenario, Optional.empty(), "insert into notes values (cast(? as int), ?)", List.of(id, body));
    }

    private static String count(ScenarioTransaction scenario) {
        return RoleProbe.run(scenario, Optional.empty(), "select count(*)::text from notes", List.of()).result().orElseThrow().rows().get(0).get(0);
    }

    private static String committedCount() {
        return database.read(session -> session.query("select count(*)::text from notes").rows().get(0).get(0));
    }
}
