package dev.releasegate.verifier.report;

import dev.releasegate.verifier.evidence.JsonText;
import dev.releasegate.verifier.outcome.FailureCategory;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What Allure reads beside the scenarios' results: the environment panel ({@code environment.properties}),
 * {@code categories.json} (advisory findings apart from the rest), and one broken result per problem found before the
 * engine ran (a file that could not be read, a wrong setting), so the report shows it as the console does.
 */
final class AllureSideFiles {

    /** The marker {@link AllureVerdicts} writes into an advisory finding's trace. */
    static final String ADVISORY_MARKER = "(advisory)";

    private final ReportFiles files;

    AllureSideFiles(ReportFiles files) {
        this.files = files;
    }

    void write(Path results, RunRecord run) {
        StringBuilder environment = new StringBuilder();
        for (RunRecord.DatabaseUsed database : run.databases()) {
            property(environment, "database." + database.name(), database.url() + "  (PostgreSQL " + database.serverVersion() + ")");
            database.warning().ifPresent(w -> property(environment, "database." + database.name() + ".warning", w));
        }
        for (RunRecord.ProjectUsed project : run.projects()) {
            property(environment, "project." + project.name(), "supabase:" + project.ref() + "  (" + project.api() + ")");
        }
        property(environment, "run.started", run.started().toString());
        property(environment, "run.finished", run.finished().toString());
        property(environment, "run.user", run.user());
        property(environment, "run.filters", run.filters().filtered() ? run.filters().describe() : "none (every checklist)");
        property(environment, "run.exitStatus", run.status().code() + " (" + run.status().meaning() + ")");
        property(environment, "checklists.commit", run.git().describe());
        property(environment, "verifier.version", VerifierVersion.get());
        files.write(results.resolve("environment.properties"), environment.toString());
        files.write(results.resolve("categories.json"), JsonText.write(categories()));
        FileSystemResultsWriter writer = new FileSystemResultsWriter(results);
        for (ChecklistProblem problem : run.problems()) {
            writer.write(result(problem));
        }
    }

    private TestResult result(ChecklistProblem problem) {
        String uuid = UUID.randomUUID().toString();
        return new TestResult().setUuid(uuid).setHistoryId(problem.location()).setTestCaseId(problem.location())
                .setName(files.mask().mask(problem.title() + ": " + problem.location()))
                .setFullName(files.mask().mask(problem.location()))
                .setStatus(Status.BROKEN).setStage(Stage.FINISHED)
                .setStatusDetails(new StatusDetails().setMessage(files.mask().mask(problem.message()))
                        .setTrace(problem.category().marker()))
                .setLabels(List.of(new Label().setName("feature").setValue(files.mask().mask(problem.where())),
                        new Label().setName("suite").setValue(files.mask().mask(problem.where()))));
    }

    /** Advisory findings first, and never counted under the category of the item a second time. */
    private static List<Map<String, Object>> categories() {
        List<Map<String, Object>> categories = new ArrayList<>();
        Map<String, Object> advisory = new LinkedHashMap<>();
        advisory.put("name", "Advisory (does not fail the gate)");
        advisory.put("description", "false items of scenarios tagged @advisory: reported, and the gate still passes");
        advisory.put("matchedStatuses", List.of("failed"));
        advisory.put("traceRegex", "(?s).*" + Pattern.quote(ADVISORY_MARKER) + ".*");
        categories.add(advisory);
        for (FailureCategory category : FailureCategory.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", category.title());
            entry.put("description", category.description());
            entry.put("matchedStatuses", List.of(category.broken() ? "broken" : "failed"));
            entry.put("traceRegex", AllureVerdicts.traceRegex(category));
            categories.add(entry);
        }
        return categories;
    }

    /** environment.properties is read as ISO-8859-1: anything else is escaped. */
    private void property(StringBuilder out, String key, String value) {
        out.append(escape(files.mask().mask(key), true)).append('=').append(escape(files.mask().mask(value), false)).append('\n');
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
}
