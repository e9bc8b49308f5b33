package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** testcontainers:<image>:<folder> where a Docker engine is reachable; skipped (not failed) where none is. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerMigrationsTest {

    @Test
    void aSupabaseFolderAppliesInAContainerAndTheChecklistHolds() {
        Checklists.Outcome outcome = Checklists.run(
                Map.of("pr", "testcontainers:postgres:17-alpine:src/test/resources/migrations/supabase-app"),
                "checklists/embedded/containers.feature");
        assertThat(outcome.scenarios()).hasSize(1);
        assertThat(outcome.allMessages()).isEmpty();
    }
}
