package dev.releasegate.verifier.gate;

import dev.releasegate.verifier.report.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit status from the counts run.json records, and from a reports folder that holds no run.json. */
class ExitStatusTest {

    @Test
    void theCodesAndWhatOutranksWhat() {
        assertThat(ExitStatus.of(counts(5, 0, 0, 0, 0))).isEqualTo(ExitStatus.HELD);
        assertThat(ExitStatus.of(counts(5, 0, 0, 3, 2))).isEqualTo(ExitStatus.HELD);
        assertThat(ExitStatus.of(counts(0, 0, 0, 0, 1))).isEqualTo(ExitStatus.HELD);
        assertThat(ExitStatus.of(counts(5, 1, 0, 0, 0))).isEqualTo(ExitStatus.FAILED);
        assertThat(ExitStatus.of(counts(5, 1, 4, 0, 0))).isEqualTo(ExitStatus.FAILED);
        assertThat(ExitStatus.of(counts(5, 0, 1, 0, 0))).isEqualTo(ExitStatus.BROKEN);
        assertThat(ExitStatus.of(counts(0, 0, 1, 7, 0))).isEqualTo(ExitStatus.BROKEN);
        assertThat(ExitStatus.of(counts(0, 0, 0, 7, 0))).isEqualTo(ExitStatus.NOTHING_CHECKED);
        assertThat(ExitStatus.of(counts(0, 0, 0, 0, 0))).isEqualTo(ExitStatus.NOTHING_CHECKED);
        assertThat(ExitStatus.of(Map.of())).isEqualTo(ExitStatus.NOTHING_CHECKED);
        assertThat(ExitStatus.values()).extracting(ExitStatus::code).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aRunThatLeftNoManifestIsBroken(@TempDir Path reports) throws IOException {
        assertThat(GateExit.status(reports).status()).isEqualTo(ExitStatus.BROKEN);
        assertThat(GateExit.status(reports).explanation()).contains("left no").contains("run.json");
        Files.writeString(reports.resolve("run.json"), "{ not json");
        assertThat(GateExit.status(reports).status()).isEqualTo(ExitStatus.BROKEN);
        Files.writeString(reports.resolve("run.json"), "{\"verdicts\":{\"passed\":0,\"failed\":0,\"broken\":0,\"skipped\":2},"
                + "\"gate\":{\"nothingChecked\":\"every scenario was skipped (2)\"}}");
        assertThat(GateExit.status(reports).status()).isEqualTo(ExitStatus.NOTHING_CHECKED);
        assertThat(GateExit.status(reports).explanation()).isEqualTo("nothing was checked: every scenario was skipped (2)");
    }

    private static Map<String, Integer> counts(int passed, int failed, int broken, int skipped, int advisory) {
        return Map.of("passed", passed, "failed", failed, "broken", broken, "skipped", skipped, "advisory", advisory);
    }
}
