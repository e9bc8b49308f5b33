package dev.releasegate.verifier.report;

import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.outcome.FailureCategory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The console: one line per scenario as it finishes, and a summary at the end in checklist words. Masked. */
final class ConsoleReport {

    private final PrintStream console;
    private final SecretMask mask;

    ConsoleReport(PrintStream console, SecretMask mask) {
        this.console = console;
        this.mask = mask;
    }

    void scenario(int number, ScenarioVerdict verdict) {
        String outcome = verdict.outcome() == ScenarioVerdict.Outcome.PASSED ? "passed" : verdict.outcome().name();
        print(String.format("[checklist %3d] %-7s %s  %s%s", number, outcome, verdict.where(), verdict.name(),
                verdict.category().map(c -> "  " + c.marker()).orElse("")));
    }

    void summary(RunRecord run, Path reports, Path allureResults) {
        List<ScenarioVerdict> verdicts = run.verdicts();
        Map<ScenarioVerdict.Outcome, Integer> counts = run.counts();
        StringBuilder out = new StringBuilder("\n[checklist] ").append(verdicts.size()).append(verdicts.size() == 1 ? " scenario: " : " scenarios: ");
        out.append(String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word()).toList())).append('\n');
        List<ScenarioVerdict> bad = verdicts.stream().filter(v -> v.outcome() == ScenarioVerdict.Outcome.FAILED
                || v.outcome() == ScenarioVerdict.Outcome.BROKEN).toList();
        if (!bad.isEmpty()) {
            out.append("[checklist] items that did not hold:\n");
            for (ScenarioVerdict v : bad) {
                out.append("  ").append(v.outcome().name()).append(' ').append(v.category().map(FailureCategory::marker).orElse(""))
                        .append(' ').append(v.where()).append("  ").append(v.name()).append('\n');
                v.step().ifPresent(s -> out.append("      ").append(s.strip()).append('\n'));
                v.message().forEach(l -> out.append("      ").append(l.strip()).append('\n'));
            }
        }
        out.append("[checklist] reports: ").append(reports.resolve("run.json")).append(", ").append(allureResults)
                .append(" (HTML: ").append(reports.resolve("allure-report/index.html")).append(" after mvn verify), ")
                .append(reports.resolve("cucumber.html"));
        print(out.toString());
    }

    void print(String line) {
        synchronized (console) {
            console.println(mask.mask(line));
            console.flush();
        }
    }
}
