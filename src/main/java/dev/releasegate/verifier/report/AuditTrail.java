package dev.releasegate.verifier.report;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
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
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit trail of a checklist run, as a Cucumber plugin ({@code dev.releasegate.verifier.report.AuditTrail:reports}):
 * it listens to the run and, when it ends, hands the {@link RunRecord} to the console ({@link ConsoleReport}), the
 * manifest ({@link RunManifest}) and Allure's side files ({@link AllureSideFiles}). Everything they write is masked.
 */
public final class AuditTrail implements ConcurrentEventListener {

    private final Path reports;
    private final VerifierRun run = VerifierRun.current();
    private final ConsoleReport console;
    private final ReportFiles files = new ReportFiles(run.mask());
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
        this.console = new ConsoleReport(console, run.mask());
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
        console.scenario(verdicts.size(), verdict);
    }

    private synchronized void runFinished(TestRunFinished event) {
        RunRecord record = new RunRecord(started, event.getInstant(), System.getProperty("user.name"), GitState.of(checklistFolder()),
                featureHashes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new RunRecord.FeatureFile(path(e.getKey()), e.getValue())).toList(),
                databases(), verdicts);
        try {
            new RunManifest(files).write(reports.resolve("run.json"), record);
            new AllureSideFiles(files).write(record);
        } catch (UncheckedIOException e) {
            console.print("[checklist] could not write the audit trail: " + e.getCause().getMessage());
        }
        console.summary(record, reports, AllureSideFiles.results());
    }

    /** The databases this run sent work to (a test JVM runs several checklists: not every one opened before). */
    private List<RunRecord.DatabaseUsed> databases() {
        List<RunRecord.DatabaseUsed> out = new ArrayList<>();
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
            out.add(new RunRecord.DatabaseUsed(database.name(), database.maskedUrl(), version));
        }
        out.sort(java.util.Comparator.comparing(RunRecord.DatabaseUsed::name));
        return out;
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
