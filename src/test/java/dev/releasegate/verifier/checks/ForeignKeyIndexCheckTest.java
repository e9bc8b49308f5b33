package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignKeyIndexCheckTest {

    private static QualifiedName t(String name) {
        return new QualifiedName("public", name);
    }

    private static ForeignKey fk(String table, List<String> columns, String references) {
        return new ForeignKey(table + "_fkey", t(table), columns, t(references), List.of("id"), ForeignKeyRule.RESTRICT, ForeignKeyRule.NO_ACTION);
    }

    private static Index index(String table, String name, List<String> columns, String predicate) {
        return new Index(t(table), name, columns, false, false, predicate, "");
    }

    @Test
    void anIndexWhoseLeadingColumnsAreTheKeysInAnyOrderCoversIt() {
        Verdict v = ForeignKeyIndexCheck.everyCovered("in schema public",
                List.of(fk("trackpay_payments", List.of("client_id", "provider_id"), "trackpay_users"),
                        fk("trackpay_payments", List.of("session_id"), "trackpay_sessions")),
                List.of(index("trackpay_payments", "idx_pc", List.of("provider_id", "client_id", "created_at"), null),
                        index("trackpay_payments", "idx_s", List.of("session_id"), null)), "production");
        assertThat(v.passed()).isTrue();
    }

    @Test
    void reportsEachUncoveredKey() {
        Verdict v = ForeignKeyIndexCheck.everyCovered("in schema public",
                List.of(fk("trackpay_payments", List.of("session_id"), "trackpay_sessions"),
                        fk("trackpay_requests", List.of("provider_id", "client_id"), "trackpay_users"),
                        fk("trackpay_invites", List.of("claimed_by"), "trackpay_users")),
                List.of(index("trackpay_payments", "idx_later", List.of("created_at", "session_id"), null),
                        index("trackpay_requests", "idx_provider", List.of("provider_id"), null),
                        index("trackpay_invites", "idx_partial", List.of("claimed_by"), "(claimed_by IS NOT NULL)")), "production");
        assertThat(v.message()).startsWith("""
                indexes behind foreign keys in schema public in production: 3 problems
                  trackpay_payments.session_id -> trackpay_sessions: no index on (session_id)
                  trackpay_requests.(provider_id, client_id) -> trackpay_users: no index on (provider_id, client_id)
                  trackpay_invites.claimed_by -> trackpay_users: no index on (claimed_by)""");
    }

    @Test
    void quotedIndexColumnsMatchBareKeyColumns() {
        Verdict v = ForeignKeyIndexCheck.everyCovered("in schema public", List.of(fk("orders", List.of("UserId"), "users")),
                List.of(index("orders", "idx", List.of("\"UserId\""), null)), "production");
        assertThat(v.passed()).isTrue();
    }

    @Test
    void noForeignKeysIsAFailure() {
        Verdict v = ForeignKeyIndexCheck.everyCovered("in schema public", List.of(), List.of(), "production");
        assertThat(v.message()).isEqualTo("indexes behind foreign keys in schema public in production: 1 problem\n"
                + "  foreign keys in schema public: none found, so no index could be checked");
    }
}
