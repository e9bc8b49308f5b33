package dev.releasegate.verifier.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.report.ExitStatus;
import dev.releasegate.verifier.report.RunReports;
import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed, broken and advisory apart in every channel (issue 14 §2, issue 17 §8), and the manifest an auditor files
 * (issue 14 §4): one run of a checklist with a passing, a false, an advisory, an undefined and a table item.
 */
class GateReportsTest {

    private static final String FEATURE = "src/test/resources/checklists/gate/mixed.feature";

    @TempDir
    static Path folder;
    private static GateRun run;

    @BeforeAll
    static void runTheChecklist() {
        run = GateRun.of(folder.resolve("reports"), Map.of("gate_mixed", Checklists.trackpay("gate_mixed")), o -> o, FEATURE);
    }

    @Test
    void aFalseItemOutranksABrokenOneAndAdvisoryFindingsDoNotCount() {
        assertThat(run.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(run.manifest().path("verdicts").toString())
                .isEqualTo("{\"passed\":2,\"failed\":1,\"broken\":1,\"skipped\":0,\"advisory\":1}");
        assertThat(run.manifest().path("gate").path("exitStatus").asInt()).isEqualTo(1);
        assertThat(GateExit.status(run.reports()).status()).isEqualTo(ExitStatus.FAILED);
    }

    @Test
    void junitXmlHasAFailureForTheFalseItemAndAnErrorForTheBrokenOne() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(run.reports().resolve("junit.xml").toFile());
        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("5");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        assertThat(suites.getAttribute("errors")).isEqualTo("1");
        Map<String, Element> cases = new LinkedHashMap<>();
        NodeList testCases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < testCases.getLength(); i++) {
            Element testCase = (Element) testCases.item(i);
            cases.put(testCase.getAttribute("name"), testCase);
            assertThat(testCase.getAttribute("classname")).isEqualTo(FEATURE);
        }
        assertThat(cases.get("Two tables exist (line 7)").getChildNodes().getLength()).isZero();
        Element failure = child(cases.get("The users table holds 99 rows (line 11)"), "failure");
        assertThat(failure.getAttribute("message")).isEqualTo("rows of trackpay_users in gate_mixed: 1 problem");
        assertThat(failure.getAttribute("type")).isEqualTo("data loss");
        assertThat(failure.getTextContent()).contains("Then the table \"trackpay_users\" has 99 rows");
        Element error = child(cases.get("A sentence that is not in the vocabulary (line 19)"), "error");
        assertThat(error.getAttribute("message")).startsWith("undefined step: this sentence is not in the vocabulary (every sentence: ");
        assertThat(error.getAttribute("type")).isEqualTo("broken checklist");
        Element advisory = cases.get("Advisory: the sessions table holds 99 rows (line 16)");
        assertThat(advisory.getElementsByTagName("failure").getLength() + advisory.getElementsByTagName("error").getLength()).isZero();
        assertThat(child(advisory, "system-out").getTextContent()).startsWith("advisory (does not fail the gate), category data loss:");
    }

    @Test
    void theManifestRecordsEveryItemWithItsVerdictAndTheAdvisoriesApart() {
        JsonNode scenarios = run.manifest().path("scenarios");
        assertThat(items(scenarios.get(0))).containsExactly("5 Given the database \"gate_mixed\": passed",
                "8 Then the table \"trackpay_users\" exists: passed", "9 And the table \"trackpay_payments\" exists: passed");
        assertThat(items(scenarios.get(1))).containsExactly("5 Given the database \"gate_mixed\": passed",
                "12 Then the table \"trackpay_users\" has 99 rows: failed", "13 And the table \"trackpay_users\" exists: skipped");
        assertThat(scenarios.get(2).path("verdict").asText()).isEqualTo("advisory");
        assertThat(items(scenarios.get(2))).contains("17 Then the table \"trackpay_sessions\" has 99 rows: advisory");
        assertThat(items(scenarios.get(3))).contains("20 Then the moon is made of \"cheese\": broken");
        JsonNode table = scenarios.get(4).path("items").get(1);
        assertThat(table.path("table").toString()).isEqualTo("[[\"table\"],[\"trackpay_users\"]]");
        JsonNode advisories = run.manifest().path("advisories");
        assertThat(advisories).hasSize(1);
        assertThat(advisories.get(0).path("line").asInt()).isEqualTo(16);
        assertThat(advisories.get(0).path("message").get(0).asText()).isEqualTo("rows of trackpay_sessions in gate_mixed: 1 problem");
        assertThat(run.manifest().path("filters").path("features").get(0).asText()).isEqualTo(FEATURE);
        assertThat(run.manifest().path("filters").path("filtered").asBoolean()).isTrue();
        assertThat(run.manifest().path("features").get(0).path("git").asText()).isIn("committed", "modified", "untracked");
    }

    @Test
    void theConsoleCountsFailedBrokenAndAdvisoryApart() {
        assertThat(run.console()).contains("[checklist] 5 scenarios: 2 passed, 1 failed, 1 broken, 0 skipped, 1 advisory",
                "[checklist] advisory: false, and they do not fail the gate (@advisory):",
                "  ADVISORY (category: data loss) " + FEATURE + ":16  Advisory: the sessions table holds 99 rows",
                "[checklist] exit status 1: an item is false");
        assertThat(run.everything()).doesNotContain("PendingException", "@Then(\"").doesNotContainPattern(GateRun.STACK_TRACE);
    }

    @Test
    void allureFilesTheAdvisoryFindingUnderAdvisoryOnly() throws IOException {
        Path allure = run.reports().resolve("allure-results");
        JsonNode categories = new ObjectMapper().readTree(allure.resolve("categories.json").toFile());
        JsonNode advisory = null;
        JsonNode fals = null;
        for (Path file : run.files()) {
            if (file.getFileName().toString().endsWith("-result.json")) {
                JsonNode result = new ObjectMapper().readTree(file.toFile());
                if (result.path("name").asText().startsWith("Advisory")) {
                    advisory = result;
                } else if (result.path("name").asText().equals("The users table holds 99 rows")) {
                    fals = result;
                }
            }
        }
        assertThat(advisory).isNotNull();
        assertThat(advisory.path("statusDetails").path("message").asText()).startsWith("advisory (does not fail the gate): rows of trackpay_sessions");
        assertThat(categories(categories, advisory)).containsExactly("Advisory (does not fail the gate)");
        assertThat(categories(categories, fals)).containsExactly("Data loss");
        String environment = Files.readString(allure.resolve("environment.properties"));
        assertThat(environment).contains("run.exitStatus=1 (an item is false)", "run.filters=" + FEATURE);
    }

    @Test
    void theDigestsCoverEveryReportFile() throws IOException {
        List<String> lines = Files.readAllLines(run.reports().resolve("SHA256SUMS"));
        List<String> listed = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            assertThat(RunReports.sha256(Files.readAllBytes(run.reports().resolve(parts[1])))).as(parts[1]).isEqualTo(parts[0]);
            listed.add(parts[1]);
        }
        assertThat(listed).contains("run.json", "junit.xml", "cucumber.json", "cucumber.html", "allure-results/categories.json")
                .hasSize(run.files().size() - 1);
    }

    private static List<String> items(JsonNode scenario) {
        List<String> out = new ArrayList<>();
        scenario.path("items").forEach(i -> out.add(i.path("line").asInt() + " " + i.path("step").asText() + ": " + i.path("verdict").asText()));
        return out;
    }

    private static Element child(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        assertThat(children.getLength()).as("<%s> in %s", tag, parent.getAttribute("name")).isEqualTo(1);
        return (Element) children.item(0);
    }

    /** Allure's rule: a category whose statuses and trace regex match the result. */
    private static List<String> categories(JsonNode categories, JsonNode result) {
        List<String> names = new ArrayList<>();
        for (JsonNode category : categories) {
            boolean status = StreamSupport.stream(category.path("matchedStatuses").spliterator(), false)
                    .anyMatch(s -> s.asText().equals(result.path("status").asText()));
            if (status && result.path("statusDetails").path("trace").asText("").matches(category.path("traceRegex").asText())) {
                names.add(category.path("name").asText());
            }
        }
        return names;
    }
}
