package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.testcontainers.DockerClientFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Without a Docker engine, a testcontainers: database skips the scenarios that need it, saying why. */
class ContainerWithoutDockerTest {

    @Test
    void scenariosThatNeedAContainerAreSkippedWithAMessage() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is reachable here");
        Checklists.Outcome outcome = Checklists.run(
                Map.of("pr", "testcontainers:supabase/postgres:15.8.1.060:src/test/resources/migrations/supabase-app"),
                "checklists/embedded/containers.feature");
        Checklists.ScenarioOutcome scenario = outcome.scenario("The Supabase app in a container");
        assertThat(scenario.status()).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(scenario.message()).contains("database 'pr' (testcontainers:supabase/postgres:15.8.1.060:"
                + "src/test/resources/migrations/supabase-app) needs a Docker engine, and none is reachable from this machine:"
                + " the scenarios that use 'pr' are skipped");
    }

    @Test
    void aValueWithoutAFolderIsABrokenChecklistNotASkip() {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "testcontainers:postgres"),
                "checklists/embedded/containers.feature");
        Checklists.ScenarioOutcome scenario = outcome.scenario("The Supabase app in a container");
        assertThat(scenario.status()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(scenario.message()).contains("expected testcontainers:<image>:<folder of migrations>");
        // the set-up is wrong, not the checklist: filed under configuration, as for embedded: databases
        assertThat(scenario.failure()).isInstanceOf(dev.releasegate.verifier.outcome.ChecklistBroken.class);
        assertThat(((dev.releasegate.verifier.outcome.ChecklistBroken) scenario.failure()).isConfiguration()).isTrue();
    }
}
