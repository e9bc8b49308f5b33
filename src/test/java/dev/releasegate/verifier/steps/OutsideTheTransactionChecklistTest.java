package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.db.EmbeddedDatabases;
import dev.releasegate.verifier.db.LoggedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promise 1, the whole way through: a checklist whose SQL calls dblink_exec, pg_terminate_backend, pg_advisory_lock
 * or a wrapper around them, run against a server that logs every statement. Every such item is broken with a message
 * naming the function; the log shows that the verifier ran nothing but reads, and that nothing arrived through dblink.
 */
class OutsideTheTransactionChecklistTest {

    private static final String DATABASE = "hostile";
    private static final String FEATURE = "checklists/promises/outside-the-transaction.feature";

    private static LoggedServer server;
    private static String url;
    private static Connection victim;
    private static Checklists.Outcome outcome;

    @BeforeAll
    static void run() throws SQLException {
        server = LoggedServer.start();
        List<String> scripts = new ArrayList<>(EmbeddedDatabases.DEMO_SCRIPTS);
        scripts.add("sql/promises/outside-the-transaction.sql");
        url = server.createDatabase(DATABASE, scripts);
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "victim");
        victim = DriverManager.getConnection(url, properties);
        String target = "host=localhost port=" + server.port() + " dbname=" + DATABASE + " user=postgres";
        System.setProperty("DBLINK_TARGET", target);
        try {
            outcome = Checklists.run(Map.of(DATABASE, url), FEATURE);
        } finally {
            System.clearProperty("DBLINK_TARGET");
        }
    }

    @AfterAll
    static void stop() throws SQLException {
        victim.close();
        server.close();
    }

    private static void refused(String scenario, String... fragments) {
        Checklists.ScenarioOutcome s = outcome.scenario(scenario);
        assertThat(s.passed()).as(scenario).isFalse();
        assertThat(s.message()).contains("was refused, and nothing was sent to hostile (postgresql://postgres@localhost:").contains(fragments);
        assertThat(s.failure().getStackTrace()).isEmpty();
    }

    @Test
    void everyDoorIsRefusedNamingTheFunctionAndWhy() {
        refused("a condition that writes through dblink is refused", "the condition \"dblink_exec('*****', ",
                "it calls dblink_exec(text,text) from extension dblink: it opens its own connection to a database server");
        refused("a where condition that takes an advisory lock is refused", "pg_advisory_lock(bigint): it takes an advisory lock");
        refused("a query that ends another session is refused", "the query was refused",
                "pg_terminate_backend(integer,bigint): it ends another session");
        refused("a query that takes a session-level advisory lock is refused", "pg_advisory_lock(bigint)",
                "a session-level lock outlives the verifier's rollback");
        refused("a query through a PL/pgSQL wrapper around dblink_exec is refused",
                "log_elsewhere(text), a plpgsql function: the server cannot show what its body calls");
        refused("a query as a role through a SQL wrapper around dblink_exec is refused",
                "log_elsewhere_sql(text), which calls dblink_exec(text,text) from extension dblink");
        refused("calling the wrapper by name is refused too", "the call was refused",
                "its body, which the server cannot show, names dblink_exec");
    }

    @Test
    void whatAChecklistReasonablyWritesStillPasses() {
        assertThat(outcome.scenario("a name in a string or a comment is no call, and the functions a checklist uses work").passed()).isTrue();
    }

    @Test
    void nothingEscapedTheTransaction() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from public.escape_log")) {
                rs.next();
                assertThat(rs.getLong(1)).as("rows written through dblink").isZero();
            }
            try (ResultSet rs = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("advisory locks left behind").isZero();
            }
        }
        try (Statement s = victim.createStatement(); ResultSet rs = s.executeQuery("select 'alive'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("alive");
        }
    }

    @Test
    void theServersStatementLogShowsNothingButReadsFromTheVerifier() {
        List<LoggedServer.LoggedStatement> verifier = server.statements().stream()
                .filter(s -> s.application().equals("migration-verifier")).toList();
        assertThat(verifier).isNotEmpty();
        Set<String> reads = Set.of("select", "show", "begin", "rollback", "savepoint", "release");
        for (LoggedServer.LoggedStatement statement : verifier) {
            String text = statement.text().toLowerCase(Locale.ROOT);
            String first = text.split("\\s+", 2)[0];
            assertThat(reads.contains(first) || text.startsWith("set local role "))
                    .as("a read, not: " + statement.text()).isTrue();
            // the refused calls, as the checklist wrote them (the passing scenario names some inside a string and a comment)
            assertThat(text).doesNotContain("dblink_exec('host=", "pg_terminate_backend(pid)", "pg_advisory_lock(42)", "log_elsewhere");
        }
        // dblink would have connected as a client of its own and inserted: no such statement reached the server
        assertThat(server.statements()).noneMatch(s -> s.text().toLowerCase(Locale.ROOT).startsWith("insert into public.escape_log"));
    }
}
