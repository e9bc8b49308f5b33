package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictMessageTest {

    @Test
    void aLongVerdictSaysHowManyMoreAndPutsProblemsFirst() {
        Verdict.Builder builder = new Verdict.Builder(FailureCategory.SECURITY, "findings in production", List.of("object"));
        for (int i = 0; i < 300; i++) {
            builder.ok(List.of("fine_" + i));
        }
        for (int i = 0; i < 150; i++) {
            builder.mismatch(Mismatch.unexpected("table t" + i, "exposed"), List.of("t" + i));
        }
        String message = builder.build().message();
        assertThat(message).startsWith("findings in production: 150 problems\n  table t0: exposed\n")
                .contains("  table t99: exposed\n  ... and 50 more problems, each in the report's table\n")
                .doesNotContain("table t100: exposed")
                .contains("| XX unexpected | t0 ").doesNotContain("fine_0")
                .endsWith("(100 of 450 rows shown, problems first; the report's table has every row)");
    }

    @Test
    void aShortVerdictIsShownWhole() {
        Verdict verdict = new Verdict.Builder(FailureCategory.SCHEMA_DRIFT, "tables in production", List.of("table"))
                .ok(List.of("a")).mismatch(Mismatch.missing("table b", "does not exist"), List.of("b")).build();
        assertThat(verdict.message()).isEqualTo("""
                tables in production: 1 problem
                  table b: does not exist

                |            | table |
                | ok         | a     |
                | XX missing | b     |""");
    }
}
