package dev.releasegate.verifier.checks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyExpressionTest {

    @Test
    void aCellCopiedFromCreatePolicyMatchesWhatPostgresPrints() {
        String printed = "(provider_id IN ( SELECT trackpay_users.id\n   FROM trackpay_users\n  WHERE (trackpay_users.auth_user_id = auth.uid())))";
        assertThat(PolicyExpression.contains(printed, "provider_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid())")).isTrue();
        assertThat(PolicyExpression.contains("(auth.uid() = auth_user_id)", "auth.uid() = auth_user_id")).isTrue();
        assertThat(PolicyExpression.contains("(status = 'active'::text)", "status = 'active'")).isTrue();
    }

    @Test
    void aDifferentExpressionDoesNotMatch() {
        assertThat(PolicyExpression.contains("(auth.uid() = auth_user_id)", "auth.uid() = id")).isFalse();
        assertThat(PolicyExpression.contains("true", "auth.uid() = auth_user_id")).isFalse();
        assertThat(PolicyExpression.contains(null, "x = 1")).isFalse();
    }
}
