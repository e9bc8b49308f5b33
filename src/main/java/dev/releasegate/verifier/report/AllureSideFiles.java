package dev.releasegate.verifier.report;

import dev.releasegate.verifier.evidence.JsonText;
import dev.releasegate.verifier.outcome.FailureCategory;
import io.qameta.allure.util.PropertiesUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What Allure reads beside the results: the environment panel ({@code environment.properties}) and {@code categories.json}. */
final class AllureSideFiles {

    private final ReportFiles files;

    AllureSideFiles(ReportFiles files) {
        this.files = files;
    }

    /** Where Allure writes its results: {@code allure.results.directory} from allure.properties or a system property. */
    static Path results() {
        return Path.of(PropertiesUtils.loadAllureProperties().getProperty("allure.results.directory", "allure-results"));
    }

    void write(RunRecord run) {
        Path results = results();
        StringBuilder environment = new StringBuilder();
        for (RunRecord.DatabaseUsed database : run.databases()) {
            property(environment, "database." + database.name(), database.url() + "  (PostgreSQL " + database.serverVersion() + ")");
        }
        property(environment, "run.started", run.started().toString());
        property(environment, "run.finished", run.finished().toString());
        property(environment, "run.user", run.user());
        property(environment, "checklists.commit", run.git().describe());
        property(environment, "verifier.version", VerifierVersion.get());
        files.write(results.resolve("environment.properties"), environment.toString());
        files.write(results.resolve("categories.json"), JsonText.write(categories()));
    }

    private static List<Map<String, Object>> categories() {
        List<Map<String, Object>> categories = new ArrayList<>();
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
