package dev.releasegate.verifier.report;

import dev.releasegate.verifier.evidence.JsonText;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.steps.VerifierRun;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepFinished;
import io.qameta.allure.util.PropertiesUtils;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit trail of a checklist run, as a Cucumber plugin ({@code dev.releasegate.verifier.report.AuditTrail:reports}):
 * a console line per scenario as it finishes and a summary at the end, the manifest {@code run.json} in the reports
 * folder, and Allure's environment panel and categories. Everything it writes is masked.
 */
public final class AuditTrail implements ConcurrentEventListener {

    private final Path reports;
    private final PrintStream console;
    private final VerifierRun run = VerifierRun.current();
    private final SecretMask mask = run.mask();
    private final Map<URI, String> featureHashes = new ConcurrentHashMap<>();
    private final Map<java.util.UUID, String> failedSteps = new ConcurrentHashMap<>();
    private final List<ScenarioVerdict> verdicts = new ArrayList<>();
    private final Map<Database, Integer> queriesBefore = new IdentityHashMap<>();
    private Instant started = Instant.now();

    /** @param reports the folder run.json goes to (Allure's results folder is Allure's own setting) */
    public AuditTrail(String reports) {
        this(Path.of(reports), System.out);
    }

    AuditTrail(Path reports, PrintStream console) {
        this.reports = reports;
        this.console = console;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, this::runStarted);
        publisher.registerHandlerFor(TestSourceRead.class, this::sourceRead);
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private synchronized void runStarted(TestRunStarted event) {
        started = event.getInstant();
        // a test JVM runs several checklists: the manifest lists the databases this run used, not every one opened before
        run.databases().opened().forEach(d -> queriesBefore.put(d, d.queriesSent()));
    }

    private void sourceRead(TestSourceRead event) {
        featureHashes.put(event.getUri(), sha256(event.getUri(), event.getSource()));
    }

    private void stepFinished(TestStepFinished event) {
        if (event.getTestStep() instanceof PickleStepTestStep step && event.getResult().getStatus() != Status.PASSED
                && event.getResult().getStatus() != Status.SKIPPED) {
            failedSteps.putIfAbsent(event.getTestCase().getId(), step.getStep().getKeyword() + step.getStep().getText());
        }
    }

    private synchronized void scenarioFinished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        ScenarioVerdict verdict = ScenarioVerdict.of(path(testCase.getUri()), testCase.getLocation().getLine(), testCase.getName(),
                testCase.getTags(), event.getResult(), Optional.ofNullable(failedSteps.remove(testCase.getId())));
        verdicts.add(verdict);
        String outcome = verdict.outcome() == ScenarioVerdict.Outcome.PASSED ? "passed" : verdict.outcome().name();
        print(String.format("[checklist %3d] %-7s %s  %s%s", verdicts.size(), outcome, verdict.where(), verdict.name(),
                verdict.category().map(c -> "  " + c.marker()).orElse("")));
    }

    private synchronized void runFinished(TestRunFinished event) {
        Instant finished = event.getInstant();
        GitState git = GitState.of(checklistFolder());
        List<Map<String, Object>> databases = databases();
        try {
            writeManifest(finished, git, databases);
            writeAllureSideFiles(finished, git, databases);
        } catch (UncheckedIOException e) {
            print("[checklist] could not write the audit trail: " + e.getCause().getMessage());
        }
        printSummary();
    }

    private void writeManifest(Instant finished, GitState git, List<Map<String, Object>> databases) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("verifier", VerifierVersion.get());
        manifest.put("started", started.toString());
        manifest.put("finished", finished.toString());
        manifest.put("user", System.getProperty("user.name"));
        Map<String, Object> gitPart = new LinkedHashMap<>();
        gitPart.put("commit", git.commit());
        gitPart.put("dirty", git.dirty());
        gitPart.put("changedFiles", git.changedFiles());
        manifest.put("git", gitPart);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts(verdicts).forEach((outcome, n) -> counts.put(outcome.word(), n));
        manifest.put("verdicts", counts);
        manifest.put("features", featureHashes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.<String, Object>of("path", path(e.getKey()), "sha256", e.getValue())).toList());
        manifest.put("databases", databases);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (ScenarioVerdict v : verdicts) {
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
            scenarios.add(scenario);
        }
        manifest.put("scenarios", scenarios);
        write(reports.resolve("run.json"), JsonText.write(manifest));
    }

    private void writeAllureSideFiles(Instant finished, GitState git, List<Map<String, Object>> databases) {
        Path results = allureResults();
        StringBuilder environment = new StringBuilder();
        for (Map<String, Object> database : databases) {
            String name = String.valueOf(database.get("name"));
            property(environment, "database." + name, database.get("url") + "  (PostgreSQL " + database.get("serverVersion") + ")");
        }
        property(environment, "run.started", started.toString());
        property(environment, "run.finished", finished.toString());
        property(environment, "run.user", System.getProperty("user.name"));
        property(environment, "checklists.commit", git.describe());
        property(environment, "verifier.version", VerifierVersion.get());
        write(results.resolve("environment.properties"), environment.toString());
        List<Map<String, Object>> categories = new ArrayList<>();
        for (FailureCategory category : FailureCategory.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", category.title());
            entry.put("description", category.description());
            entry.put("matchedStatuses", List.of(category.broken() ? "broken" : "failed"));
            entry.put("traceRegex", AllureVerdicts.traceRegex(category));
            categories.add(entry);
        }
        write(results.resolve("categories.json"), JsonText.write(categories));
    }

    /** Where Allure writes its results: {@code allure.results.directory} from allure.properties or a system property. */
    static Path allureResults() {
        return Path.of(PropertiesUtils.loadAllureProperties().getProperty("allure.results.directory", "allure-results"));
    }

    private List<Map<String, Object>> databases() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Database database : run.databases().opened()) {
            Integer before = queriesBefore.get(database);
            if (before != null && before == database.queriesSent()) {
                continue;
            }
            String version;
            try {
                version = database.serverVersion();
            } catch (ChecklistBroken e) {
                version = "unavailable: " + e.getMessage();
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", database.name());
            entry.put("url", database.maskedUrl());
            entry.put("serverVersion", version);
            out.add(entry);
        }
        out.sort(java.util.Comparator.comparing(m -> String.valueOf(m.get("name"))));
        return out;
    }

    private void printSummary() {
        Map<ScenarioVerdict.Outcome, Integer> counts = counts(verdicts);
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
        out.append("[checklist] reports: ").append(reports.resolve("run.json")).append(", ").append(allureResults())
                .append(" (HTML: ").append(reports.resolve("allure-report/index.html")).append(" after mvn verify), ")
                .append(reports.resolve("cucumber.html"));
        print(out.toString());
    }

    private static Map<ScenarioVerdict.Outcome, Integer> counts(List<ScenarioVerdict> verdicts) {
        Map<ScenarioVerdict.Outcome, Integer> counts = new EnumMap<>(ScenarioVerdict.Outcome.class);
        for (ScenarioVerdict.Outcome outcome : ScenarioVerdict.Outcome.values()) {
            counts.put(outcome, (int) verdicts.stream().filter(v -> v.outcome() == outcome).count());
        }
        return counts;
    }

    private void print(String line) {
        synchronized (console) {
            console.println(mask.mask(line));
            console.flush();
        }
    }

    private void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, mask.mask(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** environment.properties is read as ISO-8859-1: anything else is escaped. */
    private void property(StringBuilder out, String key, String value) {
        out.append(escape(mask.mask(key), true)).append('=').append(escape(mask.mask(value), false)).append('\n');
    }

    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || (key && (c == '=' || c == ':' || c == ' '))) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Path checklistFolder() {
        return featureHashes.keySet().stream().filter(u -> "file".equals(u.getScheme())).map(u -> Path.of(u).getParent())
                .findFirst().orElse(Path.of("").toAbsolutePath());
    }

    /** A feature's path as the person running it wrote it: relative to the working directory when it is below it. */
    static String path(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            return uri.toString();
        }
        Path file = Path.of(uri).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (file.startsWith(here) ? here.relativize(file) : file).toString().replace('\\', '/');
    }

    /** The file's bytes as they are on disk when it can be read, else the text Cucumber parsed. */
    private static String sha256(URI uri, String source) {
        byte[] bytes;
        try {
            bytes = "file".equals(uri.getScheme()) ? Files.readAllBytes(Path.of(uri)) : source.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            bytes = source.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
