package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedRowCountCheckTest {

    private static QualifiedName t(String name) {
        return new QualifiedName("public", name);
    }

    @Test
    void everyTableIsReportedWithItsDifference() {
        Verdict verdict = RecordedRowCountCheck.equal("pre-cutover",
                Map.of(t("trackpay_users"), 6L, t("trackpay_activities"), 12L, t("trackpay_legacy"), 3L),
                "production", Map.of(t("trackpay_users"), 6L, t("trackpay_activities"), 11L, t("trackpay_new"), 1L), "matching trackpay_%");
        assertThat(verdict.message()).isEqualTo("""
                row counts of tables matching trackpay_% in production against the record pre-cutover: 3 problems
                  table trackpay_activities: 12 rows recorded, 11 now (-1)
                  table trackpay_legacy: recorded with 3 rows, does not exist in production
                  table trackpay_new: exists in production with 1 row, not in the record pre-cutover

                |               | table               | recorded       | now        | difference |
                | XX differs    | trackpay_activities | 12             | 11         | -1         |
                | XX missing    | trackpay_legacy     | 3              | (no table) |            |
                | XX unexpected | trackpay_new        | (not recorded) | 1          |            |
                | ok            | trackpay_users      | 6              | 6          | 0          |""");
    }

    @Test
    void moreRowsNowIsADifferenceToo() {
        Verdict verdict = RecordedRowCountCheck.equal("r", Map.of(t("a"), 1L), "production", Map.of(t("a"), 3L), "matching a");
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly("table a: 1 row recorded, 3 now (+2)");
    }

    @Test
    void nothingOnEitherSideIsAFailureNotAPass() {
        Verdict verdict = RecordedRowCountCheck.equal("r", Map.of(), "production", Map.of(), "matching x_%");
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).isEqualTo("""
                row counts of tables matching x_% in production against the record r: 1 problem
                  tables matching x_%: none in the record r nor in production, so nothing was compared""");
    }
}
