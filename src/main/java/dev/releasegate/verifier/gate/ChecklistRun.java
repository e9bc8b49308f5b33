package dev.releasegate.verifier.gate;

import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.report.AllureResults;
import dev.releasegate.verifier.report.AuditTrail;
import dev.releasegate.verifier.report.ChecklistProblem;
import dev.releasegate.verifier.report.CucumberHtml;
import dev.releasegate.verifier.report.CucumberJson;
import dev.releasegate.verifier.report.ExitStatus;
import dev.releasegate.verifier.report.ReportDigests;
import dev.releasegate.verifier.report.RunFilters;
import dev.releasegate.verifier.report.RunReports;
import dev.releasegate.verifier.report.RunScope;
import dev.releasegate.verifier.steps.VerifierRun;
import io.cucumber.junit.platform.engine.CucumberTestEngine;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The main job around the engine: reads the checklist files it was asked for (a file that cannot be read becomes a
 * broken item, and the others still run), checks the filters, runs the Cucumber engine on what is left with the
 * product's glue and report plugins, makes sure the reports are written even when no scenario ran, and digests them.
 * The gate's exit status is then decided from run.json ({@link GateExit}).
 */
public final class ChecklistRun {

    /** The step definitions: the product's vocabulary. */
    public static final String GLUE = "dev.releasegate.verifier.steps";

    private ChecklistRun() {
    }

    /** Runs the checklists as asked with the process's settings (the main job), writes every report, returns the exit status. */
    public static ExitStatus run(RunOptions options) {
        return run(options, Map.of());
    }

    /**
     * As {@link #run(RunOptions)}, with these settings ({@code verify.db.production -> ...}) above the process's, bound to
     * this thread for the run: how the project's own tests run the main job side by side. Settings that cannot be read
     * (a timeout that is not a number) are a problem of the run, reported like any other, never a stack trace.
     */
    public static ExitStatus run(RunOptions options, Map<String, String> settings) {
        Instant started = Instant.now();
        clear(options.reports());
        VerifierRun run;
        try {
            run = settings.isEmpty() ? VerifierRun.current() : VerifierRun.withSettings(settings);
        } catch (RuntimeException | LinkageError e) {
            ChecklistProblem problem = ChecklistProblem.setting("the run's settings", "could not be read: " + rootMessage(e));
            SecretMask mask = new SecretMask();
            options.console().println(mask.mask("[checklist] " + problem.title() + ": " + problem.location() + ": " + problem.message()));
            RunScope scope = new RunScope(filters(options), List.of(problem), -1, options.console());
            RunReports.writeWithoutScenarios(options.reports(), scope, mask, started, List.of());
            ReportDigests.write(options.reports());
            return GateExit.status(options.reports()).status();
        }
        if (settings.isEmpty()) {
            return run(options, run, started);
        }
        try (VerifierRun own = run; VerifierRun.Binding bound = VerifierRun.bind(own)) {
            return run(options, own, started);
        }
    }

    /**
     * As {@link #run(RunOptions)}, in a run kept by the caller (its connections and catalog snapshots outlive this call):
     * how the QA loop ({@link ChecklistWatch}) repeats the main job.
     */
    public static ExitStatus run(RunOptions options, VerifierRun run) {
        Instant started = Instant.now();
        clear(options.reports());
        if (run == VerifierRun.current()) {
            return run(options, run, started);
        }
        try (VerifierRun.Binding bound = VerifierRun.bind(run)) {
            return run(options, run, started);
        }
    }

    private static ExitStatus run(RunOptions options, VerifierRun run, Instant started) {
        Path reports = options.reports();
        SecretMask mask = run.mask();
        ChecklistSelection selection = ChecklistSelection.of(options.features(), options.featuresGiven());
        List<ChecklistProblem> filterProblems = filterProblems(options);
        List<ChecklistProblem> problems = new ArrayList<>(filterProblems);
        problems.addAll(selection.problems());
        RunFilters filters = filters(options);
        problems.forEach(p -> options.console().println(mask.mask("[checklist] " + p.title() + ": " + p.location() + ": " + p.message())));
        RunScope scope = new RunScope(filters, problems, selection.scenarios(), options.console(), options.auditTrail());
        Optional<String> engineFailure = Optional.empty();
        try (RunScope.Binding bound = RunScope.bind(scope)) {
            if (filterProblems.isEmpty() && !selection.isEmpty()) {
                engineFailure = launch(selection, options);
            }
        }
        if (!scope.reportsWritten()) {
            List<ChecklistProblem> all = new ArrayList<>(problems);
            engineFailure.ifPresent(f -> all.add(ChecklistProblem.setting("the checklist engine", f)));
            RunScope fallback = new RunScope(filters, all, selection.scenarios(), options.console(), options.auditTrail());
            RunReports.writeWithoutScenarios(reports, fallback, mask, started, selection.files());
        }
        ReportDigests.write(reports);
        return GateExit.status(reports).status();
    }

    private static RunFilters filters(RunOptions options) {
        return new RunFilters(options.features(), options.tags(), options.name(), options.featuresGiven());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return firstLine(root);
    }

    /** Cucumber's engine alone, on the readable files, configured here and nowhere else (no junit-platform.properties). */
    private static Optional<String> launch(ChecklistSelection selection, RunOptions options) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .addTestEngines(new CucumberTestEngine())
                .build());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selection.selectors())
                .configurationParameters(parameters(options))
                .enableImplicitConfigurationParameters(false)
                .build();
        EngineFailure failure = new EngineFailure();
        try {
            launcher.execute(request, failure);
        } catch (RuntimeException e) {
            return Optional.of("stopped before the end: " + firstLine(e));
        }
        return failure.message;
    }

    /** The engine itself failing (not a scenario): a discovery or set-up error the reports must still name. */
    private static final class EngineFailure implements TestExecutionListener {
        private Optional<String> message = Optional.empty();

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.getParentIdObject().isEmpty() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                message = Optional.of("failed: " + result.getThrowable().map(ChecklistRun::firstLine).orElse("no reason given"));
            }
        }
    }

    static Map<String, String> parameters(RunOptions options) {
        Map<String, String> parameters = new LinkedHashMap<>(options.cucumber());
        Path reports = options.reports();
        parameters.put("cucumber.glue", GLUE);
        List<String> plugins = new ArrayList<>();
        plugins.add(CucumberHtml.class.getName() + ":" + reports.resolve("cucumber.html"));
        if (options.auditTrail()) {
            plugins.add(CucumberJson.class.getName() + ":" + reports.resolve("cucumber.json"));
            plugins.add(AllureResults.class.getName() + ":" + reports.resolve("allure-results"));
        }
        plugins.add(AuditTrail.class.getName() + ":" + reports);
        parameters.put("cucumber.plugin", String.join(", ", plugins));
        parameters.put("cucumber.publish.quiet", "true");
        options.tags().ifPresent(t -> parameters.put(RunOptions.TAGS, t));
        options.name().ifPresent(n -> parameters.put(RunOptions.NAME, n));
        return parameters;
    }

    /** A filter that is not valid stops the run before the engine: one line says what is wrong and what to write. */
    static List<ChecklistProblem> filterProblems(RunOptions options) {
        List<ChecklistProblem> problems = new ArrayList<>();
        options.tags().ifPresent(tags -> {
            try {
                TagExpressionParser.parse(tags);
            } catch (TagExpressionException e) {
                problems.add(ChecklistProblem.setting("-D" + RunOptions.TAGS + "=" + tags, "not a tag expression ("
                        + reason(e.getMessage()) + "): write tags joined by and, or, not, with parentheses where needed,"
                        + " e.g. \"@critical and not @slow\""));
            }
        });
        options.name().ifPresent(name -> {
            try {
                Pattern.compile(name);
            } catch (PatternSyntaxException e) {
                problems.add(ChecklistProblem.setting("-D" + RunOptions.NAME + "=" + name, "not a regular expression ("
                        + e.getDescription() + " at position " + e.getIndex() + "): give a part of the scenario names to run,"
                        + " e.g. \"foreign key\""));
            }
        });
        return problems;
    }

    /** "Tag expression "@a and" could not be parsed because of syntax error: Expected operand." -> "Expected operand" */
    private static String reason(String message) {
        String first = message == null ? "no reason given" : message.lines().findFirst().orElse(message).strip();
        int colon = first.lastIndexOf("error: ");
        String reason = colon >= 0 ? first.substring(colon + "error: ".length()) : first;
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** The files a run writes, so that none of a previous run's is taken for this run's. */
    private static void clear(Path reports) {
        for (String name : List.of("run.json", "junit.xml", ReportDigests.FILE, "cucumber.html", "cucumber.json",
                "allure-results", "allure-report")) {
            delete(reports.resolve(name));
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear the previous run's " + path + ": " + e.getMessage(), e);
        }
    }
}
