package dev.releasegate.verifier.report;

import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.steps.VerifierRun;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.DataTableArgument;
import io.cucumber.plugin.event.DocStringArgument;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.StepArgument;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepFinished;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audit trail of a checklist run, as a Cucumber plugin ({@code dev.releasegate.verifier.report.AuditTrail:reports}):
 * it listens to the run, prints a line per scenario, and when the run ends hands the {@link RunRecord} to
 * {@link RunReports}, which writes run.json, junit.xml, Allure's side files and the console summary. Everything is masked.
 */
public final class AuditTrail implements ConcurrentEventListener {

    private final Path reports;
    private final VerifierRun run = VerifierRun.current();
    private final RunScope scope = RunScope.current();
    private final ConsoleReport console;
    private final Map<URI, String> featureHashes = new ConcurrentHashMap<>();
    private final Map<UUID, String> failedSteps = new ConcurrentHashMap<>();
    private final Map<UUID, List<ItemVerdict>> items = new ConcurrentHashMap<>();
    private final List<ScenarioVerdict> verdicts = new ArrayList<>();
    private final Map<Database, Integer> queriesBefore = new IdentityHashMap<>();
    private Instant started = Instant.now();

    /** @param reports the folder run.json, junit.xml and allure-results/ go to */
    public AuditTrail(String reports) {
        this.reports = Path.of(reports);
        this.console = new ConsoleReport(scope.console(), run.mask());
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
        featureHashes.put(event.getUri(), RunReports.sha256(event.getUri(), event.getSource().getBytes(StandardCharsets.UTF_8)));
    }

    private void stepFinished(TestStepFinished event) {
        if (!(event.getTestStep() instanceof PickleStepTestStep step)) {
            return;
        }
        Status status = event.getResult().getStatus();
        UUID scenario = event.getTestCase().getId();
        String text = step.getStep().getKeyword() + step.getStep().getText();
        if (status != Status.PASSED && status != Status.SKIPPED) {
            failedSteps.putIfAbsent(scenario, text);
        }
        boolean advisory = ScenarioVerdict.advisory(event.getTestCase().getTags());
        items.computeIfAbsent(scenario, id -> Collections.synchronizedList(new ArrayList<>())).add(new ItemVerdict(
                step.getStep().getLine(), text, ScenarioVerdict.itemVerdict(status, event.getResult().getError(), advisory),
                table(step.getStep().getArgument()), docString(step.getStep().getArgument())));
    }

    private static Optional<List<List<String>>> table(StepArgument argument) {
        return argument instanceof DataTableArgument table ? Optional.of(table.cells()) : Optional.empty();
    }

    private static Optional<String> docString(StepArgument argument) {
        return argument instanceof DocStringArgument doc ? Optional.of(doc.getContent()) : Optional.empty();
    }

    private synchronized void scenarioFinished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        List<ItemVerdict> scenarioItems = Optional.ofNullable(items.remove(testCase.getId())).map(List::copyOf).orElse(List.of());
        ScenarioVerdict verdict = ScenarioVerdict.of(RunReports.path(testCase.getUri()), testCase.getLocation().getLine(),
                testCase.getName(), testCase.getTags(), event.getResult(), Optional.ofNullable(failedSteps.remove(testCase.getId())),
                scenarioItems);
        verdicts.add(verdict);
        console.scenario(verdicts.size(), verdict);
    }

    private synchronized void runFinished(TestRunFinished event) {
        List<RunReports.ReadFeature> features = featureHashes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> RunReports.ReadFeature.of(e.getKey(), e.getValue())).toList();
        RunReports.write(reports, scope, run.mask(), console, started, event.getInstant(), features, databases(), projects(), verdicts,
                checklistFolder());
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
            Optional<Map<String, Object>> built = builtFrom(database);
            out.add(new RunRecord.DatabaseUsed(database.name(), database.maskedUrl(), version, built,
                    built.isPresent() ? Optional.empty() : warning(database)));
        }
        out.sort(Comparator.comparing(RunRecord.DatabaseUsed::name));
        return out;
    }

    /** The Supabase projects this run read through the Management API. */
    private List<RunRecord.ProjectUsed> projects() {
        return run.projects().opened().stream().map(p -> new RunRecord.ProjectUsed(p.name(), p.address().ref(), p.apiUrl()))
                .sorted(Comparator.comparing(RunRecord.ProjectUsed::name)).toList();
    }

    /**
     * A database the team named (not one the verifier built) that the gate reads as a superuser or as a role that
     * bypasses row level security: the read-only promises still hold, but such a role could do more than read, and
     * sees rows a checklist may believe hidden. The README's least-privilege role is neither.
     */
    private static Optional<String> warning(Database database) {
        try {
            Database.SessionRole role = database.sessionRole();
            if (role.superuser()) {
                return Optional.of("connects as " + role.name() + ", a superuser: give the gate a role of its own"
                        + " (README: A role for the gate, sql/verifier-role.sql)");
            }
            if (role.bypassesRowLevelSecurity()) {
                return Optional.of("connects as " + role.name() + ", which bypasses row level security (BYPASSRLS): it reads rows"
                        + " that clients cannot; behaviour sentences still act as the roles they name");
            }
            return Optional.empty();
        } catch (ChecklistBroken e) {
            return Optional.empty();
        }
    }

    /**
     * What an {@code embedded:} or {@code testcontainers:} database was built from: the folder as configured, the tool
     * that applied it, and a SHA-256 of every migration and seed file, so an auditor can tell which migrations were checked.
     */
    private Optional<Map<String, Object>> builtFrom(Database database) {
        return run.databases().builtFrom(database.name()).map(source -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("folder", source.folder());
            entry.put("tool", source.layout().name().toLowerCase(Locale.ROOT));
            entry.put("files", source.files().stream().map(f -> {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("path", f.path());
                file.put("sha256", f.sha256());
                return file;
            }).toList());
            return entry;
        });
    }

    private Path checklistFolder() {
        return featureHashes.keySet().stream().filter(u -> "file".equals(u.getScheme())).map(u -> Path.of(u).getParent())
                .findFirst().orElse(Path.of("").toAbsolutePath());
    }
}
