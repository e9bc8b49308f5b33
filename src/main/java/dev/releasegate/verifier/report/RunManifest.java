package dev.releasegate.verifier.report;

import dev.releasegate.verifier.evidence.JsonText;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run.json}: the manifest an auditor files, written on every run, green or red: the gate's exit status, what the
 * run was asked to check, the commit and what differed from it, every feature file's digest, the databases and what
 * the embedded ones were built from, every scenario and every item with its verdict, and the advisory findings apart.
 */
final class RunManifest {

    static final String FILE = "run.json";

    private final ReportFiles files;

    RunManifest(ReportFiles files) {
        this.files = files;
    }

    void write(Path file, RunRecord run) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("verifier", VerifierVersion.get());
        manifest.put("started", run.started().toString());
        manifest.put("finished", run.finished().toString());
        manifest.put("user", run.user());
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("exitStatus", run.status().code());
        gate.put("meaning", run.status().meaning());
        run.nothingCheckedReason().ifPresent(r -> gate.put("nothingChecked", r));
        manifest.put("gate", gate);
        manifest.put("filters", run.filters().asMap());
        manifest.put("git", git(run.git()));
        manifest.put("verdicts", run.countsByWord());
        manifest.put("features", run.features().stream().map(f -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", f.path());
            entry.put("sha256", f.sha256());
            entry.put("git", f.git());
            return entry;
        }).toList());
        manifest.put("databases", run.databases().stream().map(RunManifest::database).toList());
        if (!run.projects().isEmpty()) {
            manifest.put("projects", run.projects().stream().map(p -> Map.<String, Object>of("name", p.name(), "ref", p.ref(), "api", p.api()))
                    .toList());
        }
        manifest.put("problems", run.problems().stream().map(RunManifest::problem).toList());
        manifest.put("scenarios", run.scenarios().stream().map(RunManifest::scenario).toList());
        manifest.put("advisories", run.scenarios().stream().filter(v -> v.outcome() == ScenarioVerdict.Outcome.ADVISORY)
                .map(RunManifest::advisory).toList());
        files.write(file, JsonText.write(manifest));
    }

    private static Map<String, Object> git(GitState git) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("commit", git.commit());
        entry.put("dirty", git.dirty());
        entry.put("changedFiles", git.changedFiles());
        entry.put("changes", git.changes().stream().map(c -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("status", c.word());
            change.put("path", c.path());
            return change;
        }).toList());
        return entry;
    }

    private static Map<String, Object> database(RunRecord.DatabaseUsed database) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", database.name());
        entry.put("url", database.url());
        entry.put("serverVersion", database.serverVersion());
        database.builtFrom().ifPresent(b -> entry.put("builtFrom", b));
        database.warning().ifPresent(w -> entry.put("warning", w));
        return entry;
    }

    private static Map<String, Object> problem(ChecklistProblem problem) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("where", problem.where());
        entry.put("line", problem.line());
        entry.put("category", problem.category().label());
        entry.put("message", problem.message());
        problem.sha256().ifPresent(s -> entry.put("sha256", s));
        return entry;
    }

    private static Map<String, Object> scenario(ScenarioVerdict v) {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("feature", v.feature());
        scenario.put("line", v.line());
        scenario.put("name", v.name());
        scenario.put("tags", v.tags());
        scenario.put("verdict", v.outcome().word());
        v.category().ifPresent(c -> scenario.put("category", c.label()));
        v.step().ifPresent(s -> scenario.put("step", s));
        if (!v.message().isEmpty()) {
            scenario.put("message", v.message());
        }
        scenario.put("items", v.items().stream().map(RunManifest::item).toList());
        return scenario;
    }

    private static Map<String, Object> item(ItemVerdict item) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("line", item.line());
        entry.put("step", item.step());
        item.table().ifPresent(t -> entry.put("table", t));
        item.docString().ifPresent(d -> entry.put("docString", d));
        entry.put("verdict", item.verdict());
        return entry;
    }

    private static Map<String, Object> advisory(ScenarioVerdict v) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("feature", v.feature());
        entry.put("line", v.line());
        entry.put("name", v.name());
        v.category().ifPresent(c -> entry.put("category", c.label()));
        v.step().ifPresent(s -> entry.put("step", s));
        entry.put("message", v.message());
        return entry;
    }

}
