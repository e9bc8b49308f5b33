package dev.releasegate.verifier.gate;

import dev.releasegate.verifier.report.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no database configured, the main job is green and meaningful: features/ (the TrackPay template) and examples/
 * (the vocabulary's reference, run when asked) hold on the demonstration databases they name.
 */
class ShippedChecklistsTest {

    @Test
    void theMainJobIsGreenWithNothingConfigured(@TempDir Path folder) {
        GateRun run = GateRun.of(folder.resolve("reports"), Map.of(), o -> o);
        assertThat(run.status()).as(run.console()).isEqualTo(ExitStatus.HELD);
        assertThat(run.manifest().path("verdicts").path("passed").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(run.manifest().path("databases").toString()).contains("\"name\":\"demo-production\"", "\"name\":\"demo-staging\"");
        for (var database : run.manifest().path("databases")) {
            // every demo is built from a folder of migrations: the manifest names it and digests every file
            assertThat(database.path("builtFrom").path("files").size()).as(database.toString()).isPositive();
            database.path("builtFrom").path("files").forEach(f -> assertThat(f.path("sha256").asText()).matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void theReferenceChecklistsHoldOnTheDemos(@TempDir Path folder) {
        GateRun run = GateRun.of(folder.resolve("reports"), Map.of(), o -> o, "examples");
        assertThat(run.status()).as(run.console()).isEqualTo(ExitStatus.HELD);
        assertThat(run.manifest().path("verdicts").path("passed").asInt()).isGreaterThanOrEqualTo(30);
    }
}
