package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.db.EmbeddedDatabases;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Runs checklists the way the main job does (the Cucumber engine, the product's glue) inside a test, and
 * returns each scenario's outcome, so tests can assert that a checklist passes, or fails with a given message.
 */
public final class Checklists {

    /** What happened to one scenario: its name, status, and the message of what failed it. */
    public record ScenarioOutcome(String name, TestExecutionResult.Status status, String message, Throwable failure) {
        public boolean passed() {
            return status == TestExecutionResult.Status.SUCCESSFUL;
        }
    }

    /** Every scenario of a run, by name (display name as Cucumber shows it), and the statements sent to each database. */
    public record Outcome(List<ScenarioOutcome> scenarios, Map<String, Integer> statementsSent) {
        public Outcome(List<ScenarioOutcome> scenarios) {
            this(scenarios, Map.of());
        }

        public ScenarioOutcome scenario(String name) {
            return scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no scenario named '" + name + "' in " + scenarios.stream().map(ScenarioOutcome::name).toList()));
        }

        public List<ScenarioOutcome> failed() {
            return scenarios.stream().filter(s -> !s.passed()).toList();
        }

        /** Every failure message of the run, joined, for "the run names each broken item" assertions. */
        public String allMessages() {
            return String.join("\n---\n", failed().stream().map(ScenarioOutcome::message).toList());
        }
    }

    private Checklists() {
    }

    /** Runs feature files (paths relative to the project root or under src/test/resources) with the databases named. */
    public static Outcome run(Map<String, String> databases, String... features) {
        return run(databases, Map.of(), features);
    }

    /**
     * As {@link #run(Map, String...)}, with more Cucumber configuration parameters (e.g. {@code cucumber.plugin}). The
     * databases are this run's own settings, bound to the calling thread, so test classes can run in parallel.
     */
    public static Outcome run(Map<String, String> databases, Map<String, String> configuration, String... features) {
        Map<String, String> settings = new LinkedHashMap<>();
        databases.forEach((name, value) -> settings.put(name.startsWith("verify.") ? name : "verify.db." + name, value));
        try (VerifierRun run = VerifierRun.withSettings(settings); VerifierRun.Binding bound = VerifierRun.bind(run)) {
            EngineExecutionResults results = EngineTestKit.engine("cucumber")
                    .configurationParameter("cucumber.glue", "dev.releasegate.verifier.steps")
                    .configurationParameter("cucumber.publish.quiet", "true")
                    .configurationParameters(configuration)
                    .selectors(Stream.of(features).map(Checklists::resolve).map(Checklists::select).toArray(
                            org.junit.platform.engine.DiscoverySelector[]::new))
                    .execute();
            List<ScenarioOutcome> outcomes = new ArrayList<>();
            for (Event event : results.testEvents().finished().list()) {
                TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
                Optional<Throwable> failure = result.getThrowable();
                outcomes.add(new ScenarioOutcome(event.getTestDescriptor().getDisplayName(), result.getStatus(),
                        failure.map(Throwable::getMessage).orElse(""), failure.orElse(null)));
            }
            Map<String, Integer> sent = new LinkedHashMap<>();
            run.databases().opened().forEach(d -> sent.merge(d.name(), d.queriesSent(), Integer::sum));
            return new Outcome(outcomes, sent);
        }
    }

    private static org.junit.platform.engine.DiscoverySelector select(Path path) {
        return path.toFile().isDirectory()
                ? org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory(path.toFile())
                : selectFile(path.toFile());
    }

    private static Path resolve(String feature) {
        Path direct = Path.of(feature);
        return direct.toFile().exists() ? direct : Path.of("src/test/resources", feature);
    }

    /** A fresh database in the run's embedded server, built from SQL resources; returns its address for {@link #run}. */
    public static String database(String name, String... sqlResources) {
        EmbeddedDatabases embedded = VerifierRun.current().embedded();
        return embedded.createDatabase(name, List.of(sqlResources));
    }

    /**
     * The TrackPay demo under a new name, plus any SQL applied on top: a copy of a template built once per test JVM
     * ({@code create database ... template ...} copies files, far faster than running the migrations again).
     */
    public static String trackpay(String name, String... extraSql) {
        EmbeddedDatabases embedded = VerifierRun.current().embedded();
        synchronized (TrackPayTemplate.class) {
            embedded.server().createDatabaseFromTemplate(name, TrackPayTemplate.NAME); // one copy at a time: a template must be idle
        }
        embedded.applyScripts(name, List.of(extraSql));
        return embedded.server().jdbcUrl(name);
    }

    /** Built on first use, once per test JVM. */
    private static final class TrackPayTemplate {
        static final String NAME = build();

        private static String build() {
            VerifierRun.current().embedded().createDatabase("trackpay_template", EmbeddedDatabases.DEMO_SCRIPTS);
            return "trackpay_template";
        }
    }
}
