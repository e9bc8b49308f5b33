package dev.releasegate.verifier.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A misspelt sentence is answered with the closest ones wherever the verdict is read: console, run.json, cucumber.json, Allure. */
@org.junit.jupiter.api.parallel.Isolated("captures the console and sets allure.results.directory")
class DidYouMeanReportTest {

    private static final String MISSPELT = "Then row level securty is enabled on \"trackpay_users\"";
    private static final String MEANT = "did you mean: row level security is enabled on \"trackpay_users\"";

    @TempDir
    static Path folder;
    private static AuditRun run;

    @BeforeAll
    static void runTheChecklist() {
        run = AuditRun.of(folder, Map.of("audit_misspelt", Checklists.trackpay("audit_misspelt")), "checklists/audit/misspelt.feature");
    }

    @Test
    void theConsoleNamesTheClosestSentences() {
        assertThat(run.console()).contains("      " + MISSPELT + "\n"
                        + "      undefined step: this sentence is not in the vocabulary (every sentence: docs/vocabulary.md)\n"
                        + "      " + MEANT + "\n")
                .contains("      Then the table trackpay_users exists\n"
                        + "      undefined step: this sentence is not in the vocabulary (every sentence: docs/vocabulary.md)\n"
                        + "      did you mean: the table \"trackpay_users\" exists\n")
                .contains("      table trackpay_user: does not exist (did you mean trackpay_users?)");
        assertThat(run.console()).contains("      Then the moon is made of \"cheese\"\n"
                + "      undefined step: this sentence is not in the vocabulary (every sentence: docs/vocabulary.md)\n[checklist]");
    }

    @Test
    void theManifestKeepsTheSuggestions() {
        JsonNode scenario = scenario(run.manifest(), "A misspelt sentence");
        assertThat(scenario.path("verdict").asText()).isEqualTo("broken");
        assertThat(scenario.path("message").get(1).asText()).isEqualTo(MEANT);
    }

    @Test
    void cucumberJsonGivesTheUndefinedStepAMessage() {
        JsonNode step = cucumberJsonStep("A misspelt sentence", "row level securty is enabled on \"trackpay_users\"");
        assertThat(step.path("result").path("status").asText()).isEqualTo("undefined");
        assertThat(step.path("result").path("error_message").asText())
                .startsWith("undefined step: row level securty is enabled on \"trackpay_users\" is not a sentence of the vocabulary"
                        + " (every sentence: docs/vocabulary.md)\n" + MEANT + "\n          or: ");
        JsonNode passed = cucumberJsonStep("A misspelt table", "the database \"audit_misspelt\"");
        assertThat(passed.path("result").path("status").asText()).isEqualTo("passed");
        assertThat(passed.path("result").has("error_message")).isFalse();
    }

    @Test
    void allureShowsTheSuggestionsOnTheBrokenTest() {
        JsonNode result = run.allureResult("A misspelt sentence");
        assertThat(result.path("status").asText()).isEqualTo("broken");
        assertThat(result.path("statusDetails").path("message").asText())
                .startsWith("undefined step: " + MISSPELT + " is not a sentence of the vocabulary (every sentence: docs/vocabulary.md)\n" + MEANT + "\n");
    }

    private static JsonNode scenario(JsonNode manifest, String name) {
        for (JsonNode scenario : manifest.path("scenarios")) {
            if (scenario.path("name").asText().equals(name)) {
                return scenario;
            }
        }
        throw new AssertionError("no scenario " + name);
    }

    private static JsonNode cucumberJsonStep(String scenario, String step) {
        for (JsonNode feature : AuditRun.read(folder.resolve("cucumber.json"))) {
            for (JsonNode element : feature.path("elements")) {
                for (JsonNode s : element.path("steps")) {
                    if ((element.path("name").asText().equals(scenario) || element.path("type").asText().equals("background"))
                            && s.path("name").asText().equals(step)) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no step " + step + " in " + scenario);
    }
}
