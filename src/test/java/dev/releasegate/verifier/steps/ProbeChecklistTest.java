package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped behaviour and plan checklists pass on their demo databases. */
class ProbeChecklistTest {

    private static String trackpay;
    private static String trvl;

    @BeforeAll
    static void databases() {
        trackpay = Checklists.trackpay("probes_tp");
        trvl = Checklists.database("probes_trvl", "demo/supabase-base.sql", "demo/trvl.sql");
    }

    @Test
    void trackPayBehaviourPassesOnTheDemo() {
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-production", trackpay), "features/trackpay/07-behaviour.feature");
        assertThat(outcome.allMessages()).isEmpty();
        assertThat(outcome.scenarios()).hasSize(10);
    }

    @Test
    void trvlExamplePassesOnItsDemo() {
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-trvl", trvl), "examples/trvl-behaviour-and-plans.feature");
        assertThat(outcome.allMessages()).isEmpty();
        assertThat(outcome.scenarios()).hasSize(6);
    }
}
