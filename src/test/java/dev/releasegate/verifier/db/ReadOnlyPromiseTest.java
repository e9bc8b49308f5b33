package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Promise 1: the verifier never changes a database, even when the work it is given tries to. */
class ReadOnlyPromiseTest {

    private static Database database;

    @BeforeAll
    static void database() {
        SecretMask mask = new SecretMask();
        database = new Database("readonly", ConnectionTarget.parse(Checklists.trackpay("readonly_promise"), mask), mask, 5_000);
    }

    private static String first(Database on, String sql) {
        return on.read(s -> s.query(sql).rows().get(0).get(0));
    }

    private static String one(String sql) {
        return database.read(s -> s.query(sql).rows().get(0).get(0));
    }

    private static long users() {
        return database.read(s -> Long.parseLong(s.query("select count(*) from trackpay_users").rows().get(0).get(0)));
    }

    @Test
    void anInsertIsRefusedAndNothingChanges() {
        long before = users();
        assertThatThrownBy(() -> database.read(s -> s.query(
                "insert into trackpay_users (email, name, role) values ('x@example.com', 'X', 'client')")))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("25006")
                .hasMessageContaining("read-only transaction");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void leavingTheReadOnlyTransactionIsRefused() {
        long before = users();
        assertThatThrownBy(() -> database.read(s -> {
            s.query("commit");
            s.query("set transaction read write");
            return s.query("delete from trackpay_activities");
        })).isInstanceOf(ChecklistBroken.class).hasMessageContaining("refused: the statement ended the read-only transaction (commit)");
        assertThat(users()).isEqualTo(before);
        assertThat(one("select count(*) from trackpay_activities")).isEqualTo("12");
    }

    @Test
    void theSessionItselfDefaultsToReadOnly() {
        assertThat(one("show default_transaction_read_only")).isEqualTo("on");
        assertThat(one("show transaction_read_only")).isEqualTo("on");
        assertThat(one("show statement_timeout")).isEqualTo("5s");
        assertThat(one("select current_setting('application_name')"))
                .isEqualTo("migration-verifier");
    }

    @Test
    void throughATransactionPoolerEveryTransactionIsStillReadOnlyAndTimeLimited() throws java.sql.SQLException {
        // ?pgbouncer=true is treated like Supabase's pooler on 6543: no session options are sent at all
        SecretMask mask = new SecretMask();
        String url = Checklists.trackpay("readonly_pooled") + "&pgbouncer=true";
        try (Database pooled = new Database("pooled", ConnectionTarget.parse(url, mask), mask, 4_000)) {
            assertThat(first(pooled, "show transaction_read_only")).isEqualTo("on");
            assertThat(first(pooled, "show statement_timeout")).isEqualTo("4s");
            assertThat(first(pooled, "select current_setting('default_transaction_read_only')")).isEqualTo("on");
            assertThatThrownBy(() -> pooled.read(s -> s.query("delete from trackpay_activities"))).hasMessageContaining("25006");
            // nothing set at session level: the next client of a pooled server connection inherits nothing
            try (java.sql.Connection plain = java.sql.DriverManager.getConnection(url.replace("&pgbouncer=true", ""));
                 java.sql.Statement statement = plain.createStatement();
                 java.sql.ResultSet rs = statement.executeQuery("show default_transaction_read_only")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("off");
            }
        }
    }

    @Test
    void readsAndProbesBeginTheirTransactionsInOnePlaceAlsoThroughAPooler() {
        // through a pooler no session options are sent: only what the one transaction helper sets holds
        SecretMask mask = new SecretMask();
        String url = Checklists.trackpay("readonly_helper") + "&pgbouncer=true";
        String settings = "select current_setting('transaction_read_only') || ' ' || current_setting('default_transaction_read_only')"
                + " || ' ' || current_setting('statement_timeout') || ' ' || current_setting('row_security')";
        try (Database pooled = new Database("pooled", ConnectionTarget.parse(url, mask), mask, 3_000)) {
            String read = pooled.read(s -> s.query(settings).rows().get(0).get(0));
            String probe = pooled.probe(false, s -> s.query(settings).rows().get(0).get(0));
            String writable = pooled.probe(true, s -> s.query(settings).rows().get(0).get(0));
            assertThat(read).isEqualTo("on on 3s off");
            assertThat(probe).isEqualTo("on on 3s on");
            assertThat(writable).isEqualTo("off on 3s on");
            String after = pooled.read(s -> s.query("select current_setting('row_security')").rows().get(0).get(0));
            assertThat(after).as("nothing a probe set outlives it").isEqualTo("off");
        }
    }

    @Test
    void throughATransactionPoolerTheTimeoutStopsEvenTheFirstStatementSentWithTheSettings() {
        // the settings travel in the same round trip as the work's first statement; the timeout must hold for it too
        SecretMask mask = new SecretMask();
        String url = Checklists.trackpay("readonly_first_statement") + "&pgbouncer=true";
        try (Database pooled = new Database("pooled", ConnectionTarget.parse(url, mask), mask, 1_000)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> pooled.read(s -> s.query("select pg_sleep(10)")))
                    .hasMessageContaining("ran longer than the statement timeout of 1000 ms");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000);
            assertThatThrownBy(() -> pooled.probe(true, s -> s.query("select pg_sleep(10)")))
                    .hasMessageContaining("ran longer than the statement timeout of 1000 ms");
            assertThat(first(pooled, "select current_setting('row_security')")).as("row_security, set with the first statement")
                    .isEqualTo("off");
        }
    }

    @Test
    void aStatementOverTheTimeoutIsStoppedAndTheMessageNamesTheSetting() {
        assertThatThrownBy(() -> database.read(s -> s.query("select pg_sleep(10)")))
                .isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue())
                .hasMessageStartingWith("a statement in database readonly (postgresql://postgres@localhost:")
                .hasMessageContaining("ran longer than the statement timeout of 5000 ms (-Dverify.statement-timeout-ms=5000)")
                .hasMessageContaining("raise -Dverify.statement-timeout-ms");
    }
}
