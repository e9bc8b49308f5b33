package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Promise 3 and 4: bad input fails the scenario with a message that says what to fix, never a pass, never a stack trace. */
class BadInputTest {

    private static Checklists.Outcome outcome;

    @BeforeAll
    static void run() throws IOException {
        String production = Checklists.trackpay("bad_input_production");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String wrongPassword = production.replace("user=postgres", "user=nobody_here&password=Sup3rS3cret!");
        outcome = Checklists.run(Map.of(
                        "production", production,
                        "unreachable", "postgresql://app:hunter2hunter2@127.0.0.1:" + closedPort + "/postgres",
                        "wrongpassword", wrongPassword),
                "checklists/foundation/bad-input.feature");
    }

    @Test
    void undefinedStepFails() {
        Checklists.ScenarioOutcome s = outcome.scenario("An undefined step fails");
        assertThat(s.passed()).isFalse();
        assertThat(s.message()).contains("the moon is made of");
    }

    @Test
    void unknownRuleWordListsTheAcceptedWords() {
        Checklists.ScenarioOutcome s = outcome.scenario("An unknown rule word fails with the accepted words");
        assertThat(s.passed()).isFalse();
        assertThat(messageChain(s.failure()))
                .contains("unknown foreign key rule 'CASCADES': use one of RESTRICT, CASCADE, SET NULL, SET DEFAULT, NO ACTION");
    }

    @Test
    void unconfiguredDatabaseNamesTheSetting() {
        Checklists.ScenarioOutcome s = outcome.scenario("A database that is not configured names the setting to add");
        assertThat(s.passed()).isFalse();
        assertThat(s.message()).contains("database 'reporting' is not configured")
                .contains("-Dverify.db.reporting=").contains("VERIFY_DB_REPORTING").contains("verifier.properties");
    }

    @Test
    void unreachableHostSaysWhatToCheckAndMasksThePassword() {
        Checklists.ScenarioOutcome s = outcome.scenario("An unreachable host is reported with what to check");
        assertThat(s.passed()).isFalse();
        assertThat(s.message()).contains("could not connect to database unreachable (postgresql://app:*****@127.0.0.1:")
                .contains("check the host and port").doesNotContain("hunter2hunter2");
        assertThat(s.failure().getStackTrace()).isEmpty();
    }

    @Test
    void wrongPasswordIsReportedMasked() {
        Checklists.ScenarioOutcome s = outcome.scenario("A wrong password is reported, masked");
        assertThat(s.passed()).isFalse();
        assertThat(s.message()).contains("could not connect to database wrongpassword").doesNotContain("Sup3rS3cret!");
    }

    @Test
    void emptyPatternMatchFails() {
        Checklists.ScenarioOutcome s = outcome.scenario("A pattern that matches nothing fails an every-table step");
        assertThat(s.passed()).isFalse();
        assertThat(s.message()).contains("tables matching nothing_here_%: none found, so row level security could not be checked");
    }

    @Test
    void emptyExpectationTableIsRefused() {
        Checklists.ScenarioOutcome s = outcome.scenario("An empty table of expectations is refused");
        assertThat(s.passed()).isFalse();
        assertThat(s.message()).contains("the list is empty");
    }

    private static String messageChain(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(c.getMessage()).append('\n');
        }
        return out.toString();
    }
}
