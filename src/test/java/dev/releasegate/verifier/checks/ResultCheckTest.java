package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.db.QueryResult;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultCheckTest {

    private static final QueryResult RESULT = new QueryResult(List.of("status", "count", "paid", "total"), List.of(
            Arrays.asList("confirmed", "12", "true", "120.00"),
            Arrays.asList("pending", "5", "false", null)));

    @Test
    void cellsCompareThePsqlWay() {
        assertThat(ResultCells.same("120", "120.00")).isTrue();
        assertThat(ResultCells.same("120.5", "120.50")).isTrue();
        assertThat(ResultCells.same("120.01", "120.00")).isFalse();
        assertThat(ResultCells.same("yes", "true")).isTrue();
        assertThat(ResultCells.same("no", "false")).isTrue();
        assertThat(ResultCells.same("null", null)).isTrue();
        assertThat(ResultCells.same("NULL", null)).isTrue();
        assertThat(ResultCells.same("", null)).isFalse();
        assertThat(ResultCells.same("null", "null text")).isFalse();
        assertThat(ResultCells.same("2025-10-01T09:00:00Z", "2025-10-01 09:00:00+00")).isTrue();
        assertThat(ResultCells.same("abc", "ABC")).isFalse();
    }

    @Test
    void inOrderPasses() {
        Verdict verdict = ResultCheck.matches("result", List.of("status", "count", "paid", "total"),
                List.of(List.of("confirmed", "12", "yes", "120"), List.of("pending", "5", "no", "null")), RESULT, true);
        assertThat(verdict.passed()).as(verdict.message()).isTrue();
    }

    @Test
    void blankCellsAndLeftOutColumnsAreNotChecked() {
        Verdict verdict = ResultCheck.matches("result", List.of("COUNT"), List.of(List.of(""), List.of("5")), RESULT, true);
        assertThat(verdict.passed()).isTrue();
    }

    @Test
    void inOrderFailsOnEveryDifferenceAndMissingRow() {
        Verdict verdict = ResultCheck.matches("result of the query in staging", List.of("status", "count"),
                List.of(List.of("pending", "5"), List.of("confirmed", "11"), List.of("cancelled", "3")), RESULT, true);
        assertThat(verdict.message()).startsWith("""
                result of the query in staging: 3 problems
                  row 1: status is confirmed, expected pending; count is 12, expected 5
                  row 2: status is pending, expected confirmed; count is 5, expected 11
                  row 3: expected (status=cancelled, count=3), the query returned only 2 rows""");
    }

    @Test
    void anyOrderReportsMissingAndUnexpected() {
        assertThat(ResultCheck.matches("r", List.of("status"), List.of(List.of("pending"), List.of("confirmed")), RESULT, false).passed()).isTrue();
        Verdict verdict = ResultCheck.matches("r", List.of("status"), List.of(List.of("pending"), List.of("cancelled")), RESULT, false);
        assertThat(verdict.message()).startsWith("""
                r (in any order): 2 problems
                  row (status=cancelled): not in the result
                  row (status=confirmed): in the result but not in the checklist""");
    }

    @Test
    void counts() {
        assertThat(ResultCheck.count("r", 2, RESULT).passed()).isTrue();
        assertThat(ResultCheck.count("r", 1, RESULT).message()).isEqualTo("r: 1 problem\n  the result: has 2 rows, expected 1 row");
        assertThat(ResultCheck.isEmpty("r", RESULT).message()).isEqualTo("r: 1 problem\n  the result: has 2 rows, expected none");
        assertThat(ResultCheck.isEmpty("r", new QueryResult(List.of("a"), List.of())).passed()).isTrue();
    }
}
