package dev.releasegate.verifier.report;

import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.outcome.FailureCategory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The console: one line per scenario as it finishes, and a summary at the end in checklist words: the counts, every
 * item that did not hold, the advisory findings, why nothing was checked when nothing was, and the exit status. Masked.
 */
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

    void problem(ChecklistProblem problem) {
        print("[checklist] " + problem.title() + ": " + problem.location() + ": " + problem.message());
    }

    void summary(RunRecord run, Path reports) {
        Map<ScenarioVerdict.Outcome, Integer> counts = run.counts();
        int scenarios = run.scenarios().size();
        StringBuilder out = new StringBuilder("\n[checklist] ").append(scenarios).append(scenarios == 1 ? " scenario" : " scenarios");
        if (!run.problems().isEmpty()) {
            out.append(" and ").append(run.problems().size()).append(run.problems().size() == 1 ? " problem" : " problems")
                    .append(" before them (files that could not be read, settings)");
        }
        out.append(": ").append(counts.get(ScenarioVerdict.Outcome.PASSED)).append(" passed, ")
                .append(counts.get(ScenarioVerdict.Outcome.FAILED)).append(" failed, ")
                .append(counts.get(ScenarioVerdict.Outcome.BROKEN)).append(" broken, ")
                .append(counts.get(ScenarioVerdict.Outcome.SKIPPED)).append(" skipped");
        if (counts.get(ScenarioVerdict.Outcome.ADVISORY) > 0) {
            out.append(", ").append(counts.get(ScenarioVerdict.Outcome.ADVISORY)).append(" advisory");
        }
        out.append('\n');
        list(out, "[checklist] items that did not hold:", run.verdicts().stream().filter(v -> v.outcome() == ScenarioVerdict.Outcome.FAILED
                || v.outcome() == ScenarioVerdict.Outcome.BROKEN).toList());
        list(out, "[checklist] advisory: false, and they do not fail the gate (@advisory):", run.verdicts().stream()
                .filter(v -> v.outcome() == ScenarioVerdict.Outcome.ADVISORY).toList());
        run.nothingCheckedReason().ifPresent(r -> out.append("[checklist] nothing was checked: ").append(r).append('\n'));
        run.databases().forEach(d -> d.warning().ifPresent(w -> out.append("[checklist] warning: database ").append(d.name())
                .append(' ').append(w).append('\n')));
        ExitStatus status = run.status();
        out.append("[checklist] exit status ").append(status.code()).append(": ").append(status.meaning()).append('\n');
        out.append("[checklist] reports: ").append(reports.resolve(RunManifest.FILE)).append(", ").append(reports.resolve(JunitXml.FILE))
                .append(", ").append(reports.resolve("allure-results"))
                .append(" (HTML: ").append(reports.resolve("allure-report/index.html")).append(" after mvn verify), ")
                .append(reports.resolve("cucumber.html"));
        print(out.toString());
    }

    private static void list(StringBuilder out, String heading, List<ScenarioVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        out.append(heading).append('\n');
        for (ScenarioVerdict v : verdicts) {
            out.append("  ").append(v.outcome().name()).append(' ').append(v.category().map(FailureCategory::marker).orElse(""))
                    .append(' ').append(v.where()).append("  ").append(v.name()).append('\n');
            v.step().ifPresent(s -> out.append("      ").append(s.strip()).append('\n'));
            v.message().forEach(l -> out.append("      ").append(l.strip()).append('\n'));
        }
    }

    void print(String line) {
        synchronized (console) {
            console.println(mask.mask(line));
            console.flush();
        }
    }
}
