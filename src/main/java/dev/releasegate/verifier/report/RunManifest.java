package dev.releasegate.verifier.report;

import dev.releasegate.verifier.evidence.JsonText;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code run.json}: the manifest an auditor files, written on every run, green or red. */
final class RunManifest {

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
        Map<String, Object> git = new LinkedHashMap<>();
        git.put("commit", run.git().commit());
        git.put("dirty", run.git().dirty());
        git.put("changedFiles", run.git().changedFiles());
        manifest.put("git", git);
        Map<String, Object> counts = new LinkedHashMap<>();
        run.counts().forEach((outcome, n) -> counts.put(outcome.word(), n));
        manifest.put("verdicts", counts);
        manifest.put("features", run.features().stream().map(f -> Map.<String, Object>of("path", f.path(), "sha256", f.sha256())).toList());
        manifest.put("databases", run.databases().stream().map(RunManifest::database).toList());
        manifest.put("scenarios", run.verdicts().stream().map(RunManifest::scenario).toList());
        files.write(file, JsonText.write(manifest));
    }

    private static Map<String, Object> database(RunRecord.DatabaseUsed database) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", database.name());
        entry.put("url", database.url());
        entry.put("serverVersion", database.serverVersion());
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
        return scenario;
    }

}
