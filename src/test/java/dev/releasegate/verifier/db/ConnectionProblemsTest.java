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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Messages that say what went wrong with the connection, filed as configuration, never as a broken checklist. */
class ConnectionProblemsTest {

    private static String url;
    private static Database database;

    @BeforeAll
    static void database() {
        url = VerifierRun.current().embedded().createDatabase("connection_problems", java.util.List.of());
        SecretMask mask = new SecretMask();
        database = new Database("flaky", ConnectionTarget.parse(url, mask), mask, 10_000);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static void terminate(String pid) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement()) {
            s.execute("select pg_terminate_backend(" + Integer.parseInt(pid) + ")");
        }
    }

    @Test
    void anUnknownHostSaysTheNameCouldNotBeResolved() {
        SecretMask mask = new SecretMask();
        try (Database nowhere = new Database("nowhere",
                ConnectionTarget.parse("postgresql://app:Hunter2-not-shown@no-such-host.invalid:5432/app", mask), mask, 10_000)) {
            assertThatThrownBy(() -> nowhere.read(s -> s.query("select 1")))
                    .isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue())
                    .hasMessage("could not connect to database nowhere (postgresql://app:*****@no-such-host.invalid:5432/app): the host"
                            + " name 'no-such-host.invalid' could not be resolved - check the host name in the address (a typo, a"
                            + " project that was deleted or paused, or a network without DNS)");
        }
    }

    @Test
    void aConnectionLostInTheMiddleOfAnItemIsAConnectionProblem() {
        assertThatThrownBy(() -> database.read(s -> {
            terminate(s.query("select pg_backend_pid()").rows().get(0).get(0));
            return s.query("select 1");
        })).isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue())
                .hasMessageStartingWith("lost the connection to database flaky (postgresql://postgres@localhost:")
                .hasMessageContaining("the server restarted, shut down, or ended the session, so this item was not checked");
        // the next item gets a new connection
        String back = database.read(s -> s.query("select 'back'").rows().get(0).get(0));
        assertThat(back).isEqualTo("back");
    }

    @Test
    void aPooledConnectionTheServerClosedWhileIdleIsReplaced() throws SQLException {
        String pid = database.read(s -> s.query("select pg_backend_pid()").rows().get(0).get(0));
        terminate(pid);
        String next = database.read(s -> s.query("select pg_backend_pid()").rows().get(0).get(0));
        assertThat(next).isNotEqualTo(pid);
    }

    @Test
    void theRunKnowsWhetherItConnectsAsASuperuserOrBypassingRowLevelSecurity() {
        assertThat(database.sessionRole()).isEqualTo(new Database.SessionRole("postgres", true, true));
    }
}
