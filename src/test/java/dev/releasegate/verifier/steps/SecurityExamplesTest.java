package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped security and platform examples pass on the TrackPay demo, as `mvn verify` runs them. */
class SecurityExamplesTest {

    @Test
    void examplesPassOnTheDemo() {
        String demo = Checklists.trackpay("sec_examples");
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-production", demo),
                "examples/security-and-privileges.feature", "examples/triggers-and-storage.feature");
        assertThat(outcome.scenarios()).hasSize(6);
        assertThat(outcome.allMessages()).isEmpty();
    }
}
