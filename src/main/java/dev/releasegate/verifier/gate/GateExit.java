package dev.releasegate.verifier.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.releasegate.verifier.evidence.JsonText;
import dev.releasegate.verifier.report.ExitStatus;
import dev.releasegate.verifier.report.ReportDigests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last step of {@code mvn verify}, after the HTML report: digests every report file into {@code reports/SHA256SUMS}
 * and ends Maven with the gate's exit status, read from run.json: 0 every item checked held (advisory findings
 * allowed), 1 an item is false, 2 items could not be checked, 3 nothing was checked. The checklist run itself never
 * fails the build, so that the reports are always written first.
 */
public final class GateExit {

    /** The exit status and the line that explains it. */
    public record Decision(ExitStatus status, String explanation) {
    }

    private GateExit() {
    }

    /** Maven's exec:java calls this with the reports folder; a status other than 0 ends Maven with it. */
    public static void main(String[] args) {
        Path reports = Path.of(args.length > 0 ? args[0] : RunOptions.DEFAULT_REPORTS.toString());
        Decision decision = status(reports);
        String digests = "";
        if (Files.isDirectory(reports)) {
            digests = "; " + ReportDigests.write(reports) + " report files digested in "
                    + dev.releasegate.verifier.report.RunReports.shown(reports.resolve(ReportDigests.FILE));
        }
        System.out.println("[gate] exit status " + decision.status().code() + ": " + decision.explanation() + digests);
        System.out.flush();
        if (decision.status().code() != 0) {
            System.exit(decision.status().code());
        }
    }

    /** The exit status run.json records, decided from its counts; a run that left no readable run.json is broken. */
    public static Decision status(Path reports) {
        Path manifest = reports.resolve("run.json");
        if (!Files.isRegularFile(manifest)) {
            return new Decision(ExitStatus.BROKEN, "the checklist run left no " + manifest + ": it stopped before its end (see the lines above)");
        }
        JsonNode run;
        try {
            run = JsonText.read(Files.readString(manifest, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Decision(ExitStatus.BROKEN, manifest + " cannot be read: " + e.getMessage());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        run.path("verdicts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        ExitStatus status = ExitStatus.of(counts);
        StringBuilder explanation = new StringBuilder(status.meaning());
        if (status == ExitStatus.NOTHING_CHECKED && run.path("gate").has("nothingChecked")) {
            explanation.append(": ").append(run.path("gate").path("nothingChecked").asText());
        } else {
            explanation.append(" (").append(String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()))
                    .append(')');
        }
        return new Decision(status, explanation.toString());
    }
}
