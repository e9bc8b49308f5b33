package dev.releasegate.verifier.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** A checklist with passing, failing, broken and undefined items leaves the audit trail an auditor can file. */
@org.junit.jupiter.api.parallel.Isolated("captures the console and sets allure.results.directory")
class MixedChecklistAuditTest {

    private static final String FEATURE = "checklists/audit/mixed.feature";

    @TempDir
    static Path folder;
    private static AuditRun run;

    @BeforeAll
    static void runTheChecklist() {
        run = AuditRun.of(folder, Map.of("audit_mixed", Checklists.trackpay("audit_mixed")), FEATURE);
    }

    @Test
    void allureHasOneTestPerScenarioWithTheGatesVerdictAndCategory() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("The users table exists", "passed/");
        expected.put("Nobody may select relationships", "failed/Security");
        expected.put("The users table holds 99 rows", "failed/Data loss");
        expected.put("A role that does not exist", "broken/Broken checklist");
        expected.put("A database nobody configured", "broken/Configuration");
        expected.put("A sentence that is not in the vocabulary", "broken/Broken checklist");
        assertThat(run.allureResults()).hasSize(expected.size());
        JsonNode categories = AuditRun.read(run.allure().resolve("categories.json"));
        expected.forEach((scenario, verdict) -> {
            JsonNode result = run.allureResult(scenario);
            String status = result.path("status").asText();
            assertThat(status + "/" + String.join(",", categories(categories, result))).as(scenario).isEqualTo(verdict);
        });
        assertThat(run.allureResult("A sentence that is not in the vocabulary").path("statusDetails").path("message").asText())
                .isEqualTo("undefined step: Then the moon is made of \"cheese\" is not a sentence of the vocabulary"
                        + " (every sentence: docs/vocabulary.md)");
        assertThat(run.allureResult("Nobody may select relationships").path("statusDetails").path("message").asText())
                .startsWith("SELECT policies on trackpay_relationships in audit_mixed: 1 problem\n"
                        + "  policy rel_select_by_provider on trackpay_relationships: allows SELECT");
    }

    /** Allure's own rule: a category whose statuses and trace regex match the result (String.matches, as Allure does). */
    private static List<String> categories(JsonNode categories, JsonNode result) {
        List<String> names = new ArrayList<>();
        for (JsonNode category : categories) {
            boolean status = StreamSupport.stream(category.path("matchedStatuses").spliterator(), false)
                    .anyMatch(s -> s.asText().equals(result.path("status").asText()));
            String trace = result.path("statusDetails").path("trace").asText("");
            if (status && trace.matches(category.path("traceRegex").asText())) {
                names.add(category.path("name").asText());
            }
        }
        return names;
    }

    @Test
    void eachChecklistItemIsAStepWithItsSqlAndComparisonAttached() {
        JsonNode policy = step(run.allureResult("Nobody may select relationships"), "Then the table \"trackpay_relationships\" has no SELECT policy");
        assertThat(policy.path("status").asText()).isEqualTo("failed");
        Map<String, String> attachments = attachments(policy);
        assertThat(attachments).containsEntry("catalog query: policies in audit_mixed (read once per run): SQL", "text/plain")
                .containsEntry("mismatches: SELECT policies on trackpay_relationships in audit_mixed", "text/csv");
        // catalog rows are not attached: the comparison table holds the ones the item is about
        assertThat(attachments.keySet()).noneMatch(n -> n.matches("catalog query: policies in audit_mixed \\(read once per run\\): \\d+ rows"));
        String sql = attachment(policy, "catalog query: policies in audit_mixed (read once per run): SQL");
        assertThat(sql).contains("-- database: audit_mixed (postgresql://postgres@localhost:", "pg_polic");
        assertThat(attachment(policy, "mismatches: SELECT policies on trackpay_relationships in audit_mixed"))
                .startsWith("mark,table,policy,command,roles,using,with check,mode\r\n")
                .contains("XX unexpected,trackpay_relationships,rel_select_by_provider,SELECT,authenticated,");

        JsonNode count = step(run.allureResult("The users table holds 99 rows"), "Then the table \"trackpay_users\" has 99 rows");
        assertThat(attachments(count)).containsEntry("row count: SQL", "text/plain").containsEntry("row count: 1 row", "text/csv");
        assertThat(step(run.allureResult("The users table exists"), "Given the database \"audit_mixed\"").path("status").asText())
                .isEqualTo("passed");
    }

    @Test
    void theEnvironmentPanelNamesTheDatabaseItsServerAndTheRun() {
        String environment = run.text(run.allure().resolve("environment.properties"));
        assertThat(environment).containsPattern("database\\.audit_mixed=postgresql://postgres@localhost:\\d+/audit_mixed  \\(PostgreSQL 17\\.")
                .contains("run.user=" + System.getProperty("user.name"), "verifier.version=0.1.0-SNAPSHOT")
                .containsPattern("run\\.started=\\d{4}-")
                .containsPattern("checklists\\.commit=[0-9a-f]{40}");
    }

    @Test
    void theManifestHoldsEveryVerdictWithTagsAndTheFeaturesHash() throws Exception {
        JsonNode manifest = run.manifest();
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (JsonNode scenario : manifest.path("scenarios")) {
            verdicts.put(scenario.path("name").asText(), scenario.path("verdict").asText() + "/" + scenario.path("category").asText(""));
        }
        assertThat(verdicts).containsExactly(
                Map.entry("The users table exists", "passed/"),
                Map.entry("Nobody may select relationships", "failed/security"),
                Map.entry("The users table holds 99 rows", "failed/data loss"),
                Map.entry("A role that does not exist", "broken/broken checklist"),
                Map.entry("A database nobody configured", "broken/configuration"),
                Map.entry("A sentence that is not in the vocabulary", "broken/broken checklist"));
        JsonNode security = manifest.path("scenarios").get(1);
        assertThat(security.path("tags").toString()).isEqualTo("[\"@audit\",\"@security\"]");
        assertThat(security.path("step").asText()).isEqualTo("Then the table \"trackpay_relationships\" has no SELECT policy");
        assertThat(security.path("message").get(1).asText()).contains("rel_select_by_provider on trackpay_relationships: allows SELECT");

        Path feature = Path.of("src/test/resources", FEATURE);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(feature)));
        assertThat(manifest.path("features")).hasSize(1);
        assertThat(manifest.path("features").get(0).path("path").asText()).isEqualTo("src/test/resources/" + FEATURE);
        assertThat(manifest.path("features").get(0).path("sha256").asText()).isEqualTo(sha);

        assertThat(manifest.path("verdicts").toString()).isEqualTo("{\"passed\":1,\"failed\":2,\"broken\":3,\"skipped\":0}");
        assertThat(manifest.path("git").path("commit").asText()).matches("[0-9a-f]{40}");
        assertThat(manifest.path("git").has("dirty")).isTrue();
        assertThat(manifest.path("user").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(manifest.path("databases").toString()).contains("\"name\":\"audit_mixed\"", "\"serverVersion\":\"17.");
        assertThat(manifest.path("started").asText()).isLessThanOrEqualTo(manifest.path("finished").asText());
    }

    @Test
    void theConsoleShowsProgressAndASummaryInChecklistWords() {
        assertThat(run.console().lines().filter(l -> l.startsWith("[checklist "))).hasSize(6);
        assertThat(run.console()).contains("FAILED  src/test/resources/checklists/audit/mixed.feature:12  Nobody may select relationships  (category: security)")
                .contains("[checklist] 6 scenarios: 1 passed, 2 failed, 3 broken, 0 skipped")
                .contains("      Then the table \"trackpay_users\" has 99 rows\n      rows of trackpay_users in audit_mixed: 1 problem")
                .contains("[checklist] reports: " + folder.resolve("run.json"));
    }

    private static JsonNode step(JsonNode result, String name) {
        for (JsonNode step : result.path("steps")) {
            if (step.path("name").asText().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step " + name + " in " + result.path("steps"));
    }

    private static Map<String, String> attachments(JsonNode step) {
        Map<String, String> out = new LinkedHashMap<>();
        step.path("attachments").forEach(a -> out.put(a.path("name").asText(), a.path("type").asText()));
        return out;
    }

    private static String attachment(JsonNode step, String name) {
        for (JsonNode a : step.path("attachments")) {
            if (a.path("name").asText().equals(name)) {
                Path file = run.allure().resolve(a.path("source").asText());
                assertThat(file).exists();
                return run.text(file);
            }
        }
        throw new AssertionError("no attachment " + name);
    }
}
