package dev.releasegate.verifier.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a finished run is reported from: when, by whom, from which commit, the feature files (with their
 * digests), the databases it used and every scenario's verdict. Written out by {@link RunManifest},
 * {@link AllureSideFiles} and {@link ConsoleReport}.
 */
record RunRecord(Instant started, Instant finished, String user, GitState git, List<FeatureFile> features,
                 List<DatabaseUsed> databases, List<ScenarioVerdict> verdicts) {

    /** A feature file as the run read it: its path as the person running it wrote it, and the SHA-256 of its bytes. */
    record FeatureFile(String path, String sha256) {
    }

    /** A database the run sent work to: its name, masked address and server version (or why it is unknown). */
    record DatabaseUsed(String name, String url, String serverVersion) {
    }

    RunRecord {
        features = List.copyOf(features);
        databases = List.copyOf(databases);
        verdicts = List.copyOf(verdicts);
    }

    /** How many scenarios ended each way, every outcome listed (zero included). */
    Map<ScenarioVerdict.Outcome, Integer> counts() {
        return counts(verdicts);
    }

    static Map<ScenarioVerdict.Outcome, Integer> counts(List<ScenarioVerdict> verdicts) {
        Map<ScenarioVerdict.Outcome, Integer> counts = new EnumMap<>(ScenarioVerdict.Outcome.class);
        for (ScenarioVerdict.Outcome outcome : ScenarioVerdict.Outcome.values()) {
            counts.put(outcome, (int) verdicts.stream().filter(v -> v.outcome() == outcome).count());
        }
        return counts;
    }
}
