package dev.releasegate.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI templates under ci/ work as written (issue 14 §5): each parses, runs the README's main command, takes database
 * URLs only as ${...} from the CI's secret store, archives reports/ and publishes junit.xml even when the gate is red,
 * lets a red gate fail the pipeline, and runs nightly.
 */
class CiTemplatesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** {@code -Dverify.db.production=${PROD_DATABASE_URL}}, single-quoted so that the shell leaves it to the verifier. */
    private static final Pattern DATABASE = Pattern.compile("'-Dverify\\.db\\.([a-z0-9_-]+)=([^']*)'");

    @Test
    void githubActionsRunsTheGateArchivesReportsAndRunsNightly() throws IOException {
        JsonNode workflow = yaml("ci/github-actions.yml");
        JsonNode on = workflow.has("on") ? workflow.path("on") : workflow.path("true"); // YAML 1.1 reads a bare on as true
        assertThat(on.path("schedule").get(0).path("cron").asText()).matches("\\S+ \\S+ \\* \\* \\*");
        assertThat(on.has("pull_request")).isTrue();
        JsonNode job = workflow.path("jobs").elements().next();
        List<JsonNode> steps = list(job.path("steps"));

        JsonNode gate = steps.stream().filter(s -> s.path("run").asText().contains("verify")).findFirst().orElseThrow();
        String command = gate.path("run").asText().strip();
        assertThat(command).startsWith(readmeMainCommand()).doesNotContain("|| true", "|| exit 0", "; true");
        assertThat(gate.path("continue-on-error").asBoolean(false)).isFalse();
        List<String> variables = secretsOnlyAsPlaceholders(command);
        for (String variable : variables) {
            assertThat(gate.path("env").path(variable).asText()).as(variable).isEqualTo("${{ secrets." + variable + " }}");
        }

        int gateIndex = steps.indexOf(gate);
        JsonNode archive = steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@")).findFirst().orElseThrow();
        assertThat(steps.indexOf(archive)).isGreaterThan(gateIndex);
        assertThat(archive.path("if").asText()).isEqualTo("always()");
        assertThat(archive.path("with").path("path").asText()).isEqualTo("reports/");
        JsonNode junit = steps.stream().filter(s -> s.path("with").path("report_paths").asText().equals("reports/junit.xml"))
                .findFirst().orElseThrow();
        assertThat(junit.path("if").asText()).isEqualTo("always()");
        assertThat(steps.indexOf(junit)).isGreaterThan(gateIndex);
    }

    @Test
    void gitlabRunsTheGateArchivesReportsAndRunsOnSchedules() throws IOException {
        JsonNode pipeline = yaml("ci/gitlab-ci.yml");
        JsonNode job = pipeline.path("release-gate");
        List<JsonNode> script = list(job.path("script"));
        assertThat(script).hasSize(1);
        String command = script.get(0).asText().strip();
        assertThat(command).startsWith(readmeMainCommand()).doesNotContain("|| true", "|| exit 0");
        assertThat(job.path("allow_failure").asBoolean(false)).isFalse();
        secretsOnlyAsPlaceholders(command);
        assertThat(job.path("artifacts").path("when").asText()).isEqualTo("always");
        assertThat(list(job.path("artifacts").path("paths")).stream().map(JsonNode::asText)).containsExactly("reports/");
        assertThat(job.path("artifacts").path("reports").path("junit").asText()).isEqualTo("reports/junit.xml");
        assertThat(list(job.path("rules")).stream().map(r -> r.path("if").asText())).contains("$CI_PIPELINE_SOURCE == \"schedule\"");
        assertThat(job.has("variables") ? job.path("variables").toString() : "").doesNotContain("postgresql://");
    }

    @Test
    void neitherTemplateHoldsAConnectionString() throws IOException {
        for (String template : List.of("ci/github-actions.yml", "ci/gitlab-ci.yml")) {
            String text = Files.readString(Path.of(template));
            String withoutComments = String.join("\n", text.lines().filter(l -> !l.strip().startsWith("#")).toList());
            assertThat(withoutComments).as(template).doesNotContainPattern("postgres(ql)?://").doesNotContain("jdbc:");
        }
    }

    /** Every database URL in the command is a ${...} placeholder the verifier expands and masks; returns the variables. */
    private static List<String> secretsOnlyAsPlaceholders(String command) {
        Matcher matcher = DATABASE.matcher(command);
        List<String> variables = new ArrayList<>();
        while (matcher.find()) {
            assertThat(matcher.group(2)).as("verify.db.%s", matcher.group(1)).matches("\\$\\{[A-Z][A-Z0-9_]*}");
            variables.add(matcher.group(2).substring(2, matcher.group(2).length() - 1));
        }
        assertThat(variables).as("databases named in " + command).isNotEmpty();
        assertThat(command.replaceAll(DATABASE.pattern(), "")).doesNotContain("verify.db.");
        return variables;
    }

    /** The main job as the README's "two commands" show it. */
    private static String readmeMainCommand() throws IOException {
        Matcher matcher = Pattern.compile("(?m)^(mvn [^#\\n]*?verify)\\s+# the main job").matcher(Files.readString(Path.of("README.md")));
        assertThat(matcher.find()).as("README names the main job").isTrue();
        return matcher.group(1).strip();
    }

    private static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(Path.of(file).toFile());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
