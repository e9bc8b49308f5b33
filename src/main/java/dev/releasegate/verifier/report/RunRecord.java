package dev.releasegate.verifier.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a finished run is reported from: when, by whom, from which commit, what it was asked to check (filters),
 * the feature files (with their digests), the databases it used, every scenario's verdict with its items, and the
 * problems that kept it from items (files that could not be read, wrong settings), which count as broken items.
 * Written out by {@link RunManifest}, {@link JunitXml}, {@link AllureSideFiles} and {@link ConsoleReport}.
 */
record RunRecord(Instant started, Instant finished, String user, GitState git, RunFilters filters, List<FeatureFile> features,
                 List<DatabaseUsed> databases, List<ProjectUsed> projects, List<ScenarioVerdict> scenarios,
                 List<ChecklistProblem> problems, int scenariosInFiles) {

    /** A feature file as the run read it: its path as the person running it wrote it, the SHA-256 of its bytes, its git status. */
    record FeatureFile(String path, String sha256, String git) {
    }

    /** A database the run sent work to: its name, masked address, server version (or why it is unknown), what it was built from. */
    record DatabaseUsed(String name, String url, String serverVersion, Optional<Map<String, Object>> builtFrom,
                        Optional<String> warning) {
    }

    /** A Supabase project the run read through the Management API: its name, its ref and the API's address. */
    record ProjectUsed(String name, String ref, String api) {
    }

    RunRecord {
        features = List.copyOf(features);
        databases = List.copyOf(databases);
        projects = List.copyOf(projects);
        scenarios = List.copyOf(scenarios);
        problems = List.copyOf(problems);
    }

    /** Every verdict the reports show: the scenarios' and one broken item per problem, problems first. */
    List<ScenarioVerdict> verdicts() {
        List<ScenarioVerdict> all = new java.util.ArrayList<>(problems.stream().map(ScenarioVerdict::of).toList());
        all.addAll(scenarios);
        return all;
    }

    /** How many verdicts ended each way, every outcome listed (zero included). */
    Map<ScenarioVerdict.Outcome, Integer> counts() {
        Map<ScenarioVerdict.Outcome, Integer> counts = new EnumMap<>(ScenarioVerdict.Outcome.class);
        for (ScenarioVerdict.Outcome outcome : ScenarioVerdict.Outcome.values()) {
            counts.put(outcome, (int) verdicts().stream().filter(v -> v.outcome() == outcome).count());
        }
        return counts;
    }

    /** The counts by verdict word, as run.json records them and {@link ExitStatus#of} reads them. */
    Map<String, Integer> countsByWord() {
        Map<String, Integer> words = new LinkedHashMap<>();
        counts().forEach((outcome, n) -> words.put(outcome.word(), n));
        return words;
    }

    ExitStatus status() {
        return ExitStatus.of(countsByWord());
    }

    /** Why the run is not green although nothing was false or broken: nothing was selected, or everything was skipped. */
    Optional<String> nothingCheckedReason() {
        if (status() != ExitStatus.NOTHING_CHECKED) {
            return Optional.empty();
        }
        if (scenarios.isEmpty()) {
            String among = scenariosInFiles >= 0 ? " (the selected files hold " + scenariosInFiles
                    + (scenariosInFiles == 1 ? " scenario)" : " scenarios)") : "";
            if (scenariosInFiles == 0) {
                return Optional.of("the selected checklists hold no scenario: " + filters.describe());
            }
            return Optional.of("no scenario was selected by " + filters.describe() + among);
        }
        String why = scenarios.stream().flatMap(v -> v.message().stream()).findFirst().map(m -> ": " + m).orElse("");
        return Optional.of("every scenario was skipped (" + scenarios.size() + ")" + why);
    }
}
