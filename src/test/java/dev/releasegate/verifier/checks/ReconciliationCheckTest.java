package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.outcome.FailureCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationCheckTest {

    private static QueryResult result(List<String> columns, String[]... rows) {
        return new QueryResult(columns, Arrays.stream(rows).map(Arrays::asList).toList());
    }

    private static final List<String> BY_STATUS = List.of("status", "bookings", "revenue");

    @Test
    void theSameRowsInAnyOrderWithNumbersWrittenEitherWayPass() {
        Verdict v = ReconciliationCheck.same("before", result(BY_STATUS, new String[] {"completed", "30", "2902.50"},
                        new String[] {"cancelled", "8", "835.00"}),
                "after", result(BY_STATUS, new String[] {"cancelled", "8", "835"}, new String[] {"completed", "30", "2902.5"}), Optional.empty());
        assertThat(v.passed()).as(v.message()).isTrue();
        assertThat(v.category()).isEqualTo(FailureCategory.DATA_LOSS);
    }

    @Test
    void rowsArePairedByTheirNonNumericCellsAndShownSideBySide() {
        Verdict v = ReconciliationCheck.same("before", result(BY_STATUS, new String[] {"cancelled", "8", "835.00"},
                        new String[] {"completed", "30", "2902.50"}, new String[] {"no-show", "2", "0.00"}),
                "after", result(BY_STATUS, new String[] {"completed", "28", "2810.00"}, new String[] {"cancelled", "8", "835.00"},
                        new String[] {"refunded", "1", null}), Optional.empty());
        assertThat(v.message()).isEqualTo("""
                result of the query in before and after: 3 problems
                  row (status completed): bookings is 30 in before, 28 in after (-6.67%); revenue is 2902.50 in before, 2810.00 in after (-3.19%)
                  row (status no-show): in before only: status no-show, bookings 2, revenue 0.00
                  row (status refunded): in after only: status refunded, bookings 1, revenue null

                |               | status    | bookings in before | bookings in after | revenue in before | revenue in after |
                | ok            | cancelled | 8                  | 8                 | 835.00            | 835.00           |
                | XX differs    | completed | 30                 | 28                | 2902.50           | 2810.00          |
                | XX missing    | no-show   | 2                  |                   | 0.00              |                  |
                | XX unexpected | refunded  |                    | 1                 |                   | null             |""");
    }

    @Test
    void aToleranceIsRelativeToTheFirstDatabaseAndAppliesToEveryNumericColumn() {
        QueryResult before = result(List.of("bookings", "covers"), new String[] {"1000", "2000.0"});
        assertThat(ReconciliationCheck.same("before", before, "after", result(List.of("bookings", "covers"), new String[] {"1005", "1990"}),
                Optional.of(new BigDecimal("0.5"))).passed()).isTrue();
        Verdict v = ReconciliationCheck.same("before", before, "after", result(List.of("bookings", "covers"), new String[] {"1006", "2000"}),
                Optional.of(new BigDecimal("0.5")));
        assertThat(v.message()).startsWith("""
                result of the query in before and after (numbers within 0.5%): 1 problem
                  row 1 of before: bookings is 1000 in before, 1006 in after (+0.60%), more than 0.5%
                """);
        // from zero, only zero is within any tolerance
        assertThat(ReconciliationCheck.same("before", result(List.of("n"), new String[] {"0"}), "after", result(List.of("n"), new String[] {"1"}),
                Optional.of(new BigDecimal("50"))).message()).contains("n is 0 in before, 1 in after (from 0), more than 50%");
    }

    @Test
    void withAToleranceAGroupThatMovedALittleIsPairedBeforeOneThatIsGone() {
        List<String> columns = List.of("restaurant", "revenue");
        // every column is a number: rows equal first, then within the tolerance, then in order; what is left is missing
        Verdict v = ReconciliationCheck.same("before", result(columns, new String[] {"1", "100.00"}, new String[] {"2", "50.00"},
                        new String[] {"3", "70.00"}),
                "after", result(columns, new String[] {"1", "100.20"}, new String[] {"3", "70.10"}), Optional.of(BigDecimal.ONE));
        assertThat(v.mismatches()).containsExactly(Mismatch.missing("row 2 of before", "in before only: restaurant 2, revenue 50.00"));
    }

    @Test
    void differentColumnsAndTwoEmptyResultsAreFalse() {
        assertThat(ReconciliationCheck.same("before", result(List.of("a")), "after", result(List.of("a", "b")), Optional.empty()).message())
                .isEqualTo("result of the query in before and after: 1 problem\n  the result's columns: before has a; after has a, b");
        assertThat(ReconciliationCheck.same("before", result(List.of("a")), "after", result(List.of("a")), Optional.empty()).message())
                .contains("the result: is empty in both databases, so nothing was compared");
    }

    @Test
    void nullsAreValuesOfTheirOwn() {
        List<String> columns = List.of("kind", "total");
        assertThat(ReconciliationCheck.same("before", result(columns, new String[] {null, null}), "after", result(columns, new String[] {null, null}),
                Optional.empty()).passed()).isTrue();
        assertThat(ReconciliationCheck.same("before", result(columns, new String[] {"a", "1"}), "after", result(columns, new String[] {"a", null}),
                Optional.of(BigDecimal.TEN)).message()).contains("row (kind a): total is 1 in before, null in after");
    }
}
