package dev.releasegate.verifier.db;

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
    void aStatementOverTheTimeoutIsStopped() {
        assertThatThrownBy(() -> database.read(s -> s.query("select pg_sleep(10)")))
                .isInstanceOf(ChecklistBroken.class).hasMessageContaining("57014");
    }
}
