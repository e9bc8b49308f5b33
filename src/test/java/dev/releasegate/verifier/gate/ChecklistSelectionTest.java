package dev.releasegate.verifier.gate;

import io.cucumber.gherkin.GherkinParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistSelectionTest {

    private static final String EVERY_SHAPE = """
            Feature: every shape a scenario can take
              Background:
                Given the database "production"

              Scenario: one
                Then the table "users" exists

              Scenario Outline: one per row
                Then the table "<table>" exists
                Examples: first
                  | table    |
                  | users    |
                  | payments |
                  | invoices |
                Examples: second
                  | table   |
                  | clients |
                  | notes   |

              Scenario Outline: no rows, no scenario
                Then the table "<table>" exists
                Examples:
                  | table |

              Rule: a rule's scenarios count too
                Scenario: in a rule
                  Then the table "users" exists
                Scenario Outline: in a rule, per row
                  Then the table "<table>" exists
                  Examples:
                    | table |
                    | users |
            """;

    @TempDir
    Path folder;

    @Test
    void countsTheScenariosCucumberRunsWithoutCompilingThem() throws Exception {
        Path file = Files.writeString(folder.resolve("shapes.feature"), EVERY_SHAPE, StandardCharsets.UTF_8);
        long pickles = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).includePickles(true).build()
                .parse(file.toUri().toString(), Files.readAllBytes(file)).filter(e -> e.getPickle().isPresent()).count();

        ChecklistSelection selection = ChecklistSelection.of(List.of(file.toString()), true);

        assertThat(pickles).isEqualTo(8);
        assertThat(selection.problems()).isEmpty();
        assertThat(selection.scenarios()).isEqualTo(pickles);
    }
}
