package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.releasegate.verifier.catalog.ForeignKeyRule.CASCADE;
import static dev.releasegate.verifier.catalog.ForeignKeyRule.NO_ACTION;
import static dev.releasegate.verifier.catalog.ForeignKeyRule.RESTRICT;
import static dev.releasegate.verifier.catalog.ForeignKeyRule.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;

class ForeignKeyCheckTest {

    private static QualifiedName t(String name) {
        return new QualifiedName("public", name);
    }

    private static ForeignKey fk(String table, String column, String references, ForeignKeyRule onDelete) {
        return new ForeignKey(table + "_" + column + "_fkey", t(table), List.of(column), t(references), List.of("id"), onDelete, NO_ACTION);
    }

    private final List<ForeignKey> actual = List.of(
            fk("trackpay_payments", "session_id", "trackpay_sessions", CASCADE),
            fk("trackpay_payments", "client_id", "trackpay_users", RESTRICT),
            fk("trackpay_requests", "session_id", "trackpay_sessions", SET_NULL),
            fk("trackpay_invites", "client_id", "trackpay_users", CASCADE));

    private static ForeignKeyExpectation expect(String table, String column, String references, ForeignKeyRule onDelete) {
        return new ForeignKeyExpectation(t(table), column.isEmpty() ? List.of() : List.of(column), t(references), List.of(),
                Optional.of(onDelete), Optional.empty());
    }

    @Test
    void reportsEveryWrongAndMissingKeyAtOnce() {
        Verdict verdict = ForeignKeyCheck.exist(List.of(
                expect("trackpay_payments", "session_id", "trackpay_sessions", RESTRICT),
                expect("trackpay_requests", "session_id", "trackpay_sessions", SET_NULL),
                expect("trackpay_activities", "session_id", "trackpay_sessions", SET_NULL)), actual, "production");
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "trackpay_payments.session_id -> trackpay_sessions: on delete is CASCADE, expected RESTRICT",
                "trackpay_activities.session_id -> trackpay_sessions: no such foreign key (trackpay_activities has no foreign keys)");
        assertThat(verdict.message()).startsWith("foreign keys in production: 2 problems");
        assertThat(verdict.table().rows()).extracting(ComparisonTable.Row::mark).containsExactly("differs", "ok", "missing");
    }

    @Test
    void passesWhenEveryRowHolds() {
        assertThat(ForeignKeyCheck.exist(List.of(expect("trackpay_requests", "", "trackpay_sessions", SET_NULL)), actual, "p").passed()).isTrue();
    }

    @Test
    void everyAndNoneCountEmptySetsAsFailures() {
        Verdict verdict = ForeignKeyCheck.everyHasDeleteRule("from trackpay_users", List.of(), RESTRICT, "production");
        assertThat(verdict.mismatches()).extracting(Mismatch::describe)
                .containsExactly("foreign keys from trackpay_users: there are none, so no delete rule could be checked");
    }

    @Test
    void noneWithExceptionsReportsOffendersAndStaleExceptions() {
        List<ForeignKey> referencingUsers = actual.stream().filter(k -> k.referencedTable().equals(t("trackpay_users"))).toList();
        Verdict clean = ForeignKeyCheck.noneHasDeleteRule("referencing trackpay_users", referencingUsers, CASCADE,
                List.of(new ForeignKeyCheck.Exception(t("trackpay_invites"), List.of("client_id"))), "production");
        assertThat(clean.passed()).isTrue();
        Verdict dirty = ForeignKeyCheck.noneHasDeleteRule("referencing trackpay_users", referencingUsers, CASCADE,
                List.of(new ForeignKeyCheck.Exception(t("trackpay_payments"), List.of())), "production");
        assertThat(dirty.mismatches()).extracting(Mismatch::describe).containsExactly(
                "trackpay_invites.client_id -> trackpay_users: on delete is CASCADE, which no key referencing trackpay_users may have",
                "except trackpay_payments: excuses nothing (no foreign key referencing trackpay_users there has delete rule CASCADE):"
                        + " remove or correct the row, a stale exception would hide the next regression");
    }
}
