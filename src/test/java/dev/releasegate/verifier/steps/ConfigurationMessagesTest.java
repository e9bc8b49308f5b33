package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Promise 3 and issue 13 section 4: a wrong address or setting breaks the items that need it, as configuration, saying what is wrong. */
class ConfigurationMessagesTest {

    private static void configuration(Checklists.ScenarioOutcome scenario, String... fragments) {
        assertThat(scenario.passed()).isFalse();
        assertThat(scenario.failure()).isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue());
        assertThat(scenario.failure().getStackTrace()).isEmpty();
        assertThat(scenario.message()).contains(fragments);
    }

    @Test
    void addressesThatAreWrongSayHow() {
        Checklists.Outcome outcome = Checklists.run(Map.of(
                        "unknownhost", "postgresql://app:Unres0lved-pw@no-such-host.invalid:5432/app",
                        "badport", "postgresql://app:B4dport-pw@localhost:notaport/app",
                        "rawat", "postgresql://leaky:Secret@Leak99@localhost:5432/app"),
                "checklists/promises/configuration.feature");
        configuration(outcome.scenario("a host name that does not resolve"),
                "the host name 'no-such-host.invalid' could not be resolved", "postgresql://app:*****@no-such-host.invalid:5432/app");
        configuration(outcome.scenario("a port that is not a number"),
                "the port 'notaport' in postgresql://app:*****@localhost:notaport/app is not a port number");
        configuration(outcome.scenario("a raw at sign in the password"),
                "postgresql://leaky:*****@localhost:5432/app holds a raw '@'", "percent-encode");
        assertThat(outcome.allMessages()).doesNotContain("has no host name", "Leak99", "Secret@", "Unres0lved-pw", "B4dport-pw",
                "The connection attempt failed");
    }

    @Test
    void aStatementTimeoutThatIsNotAPositiveNumberIsNamedWhereItIsRead() {
        for (String bad : new String[] {"abc", "0", "-1"}) {
            // read before anything connects: the address is never tried
            Checklists.Outcome outcome = Checklists.run(Map.of("timed", "postgresql://app@localhost:1/timeout",
                    "verify.statement-timeout-ms", bad), "checklists/promises/timeout.feature");
            configuration(outcome.scenario("the setting is named where it is read"),
                    "verify.statement-timeout-ms is '" + bad + "' (set by -Dverify.statement-timeout-ms): it takes a whole number"
                            + " of milliseconds from 1 to 86400000");
        }
    }
}
