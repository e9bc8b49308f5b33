package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped TrackPay checklist passes on the demo and fails, naming each planted defect, on a broken production. */
class TrackPayChecklistTest {

    private static String good;
    private static String broken;

    @BeforeAll
    static void databases() {
        good = Checklists.trackpay("tp_good");
        broken = Checklists.trackpay("tp_broken", "demo/trackpay-broken-production.sql");
    }

    @Test
    void passesOnTheDemo() {
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-staging", good, "demo-production", good), "features/trackpay");
        assertThat(outcome.scenarios()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(outcome.failed()).isEmpty();
    }

    @Test
    void failsOnABrokenProductionNamingEveryPlantedDefect() {
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-staging", good, "demo-production", broken), "features/trackpay");
        String messages = outcome.allMessages();
        // (a) FK changed to CASCADE
        assertThat(messages).contains("trackpay_payments.session_id -> trackpay_sessions: on delete is CASCADE, expected RESTRICT");
        // (b) RLS off on one table
        assertThat(messages).contains("table trackpay_invites: row level security is not enabled");
        // (c) a DELETE policy added
        assertThat(messages).contains("policy rel_delete_by_provider on trackpay_relationships: allows DELETE");
        // (d) anon granted EXECUTE on the RPC
        assertThat(messages).contains("role anon on delete_client_relationship_safely(uuid): can execute it, expected not");
        // (e) a row missing
        assertThat(messages).contains("table trackpay_activities: 12 rows in demo-staging, 11 in demo-production (-1)");
        assertThat(outcome.scenario("The 8 TrackPay tables exist in production, and no others match").passed()).isTrue();
    }
}
