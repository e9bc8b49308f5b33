package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.rows.RowDifferences;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IdenticalRowsCheckTest {

    private static final QualifiedName PAYMENTS = new QualifiedName("public", "trackpay_payments");

    private static RowDifferences rows(long missing, List<String> missingKeys, long unexpected, List<String> unexpectedKeys,
                                       long changed, List<String> changedKeys) {
        return new RowDifferences(PAYMENTS, 5, 5 - missing + unexpected, missing, missingKeys, unexpected, unexpectedKeys,
                changed, changedKeys, 4, 100, List.of());
    }

    @Test
    void identicalRowsPass() {
        Verdict verdict = IdenticalRowsCheck.verdict("trackpay_payments", "staging", "production",
                List.of(new IdenticalRows.Compared(rows(0, List.of(), 0, List.of(), 0, List.of()))));
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.table().render()).contains("trackpay_payments").contains("5");
    }

    @Test
    void everyKindOfDifferenceIsCountedWithItsKeys() {
        Verdict verdict = IdenticalRowsCheck.verdict("trackpay_payments", "staging", "production",
                List.of(new IdenticalRows.Compared(rows(1, List.of("40000000-0000-4000-8000-000000000005"), 2, List.of("a", "b"), 1, List.of("k")))));
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).startsWith("rows of trackpay_payments in staging and production: 3 problems\n"
                + "  table trackpay_payments: 1 row of staging missing in production (key 40000000-0000-4000-8000-000000000005)\n"
                + "  table trackpay_payments: 2 rows in production not in staging (keys a, b)\n"
                + "  table trackpay_payments: 1 row changed (key k)\n");
        assertThat(verdict.mismatches()).extracting(Mismatch::kind)
                .containsExactly(Mismatch.Kind.MISSING, Mismatch.Kind.UNEXPECTED, Mismatch.Kind.DIFFERS);
    }

    @Test
    void atMostTwentyKeysAreShown() {
        List<String> keys = IntStream.rangeClosed(1, 20).mapToObj(String::valueOf).toList();
        Verdict verdict = IdenticalRowsCheck.verdict("trackpay_payments", "staging", "production",
                List.of(new IdenticalRows.Compared(rows(0, List.of(), 0, List.of(), 1000, keys))));
        assertThat(verdict.mismatches().get(0).describe()).isEqualTo("table trackpay_payments: 1000 rows changed (first 20 keys: "
                + String.join(", ", keys) + ")");
    }

    @Test
    void aTableWithoutPrimaryKeyIsAnErrorThatSaysSo() {
        Verdict verdict = IdenticalRowsCheck.verdict("trackpay_audit", "staging", "production",
                List.of(new IdenticalRows.NoPrimaryKey(new QualifiedName("public", "trackpay_audit"), "staging")));
        assertThat(verdict.mismatches().get(0).describe()).isEqualTo("table trackpay_audit: has no primary key in staging, so its rows"
                + " cannot be compared one to one: add a primary key, or leave the table out");
    }

    @Test
    void tablesInOneDatabaseOnlyAndDifferentColumnsAreReported() {
        Verdict verdict = IdenticalRowsCheck.verdict("every table matching trackpay_%", "staging", "production", List.of(
                new IdenticalRows.OnlyIn(new QualifiedName("public", "trackpay_old"), "staging"),
                new IdenticalRows.OnlyIn(new QualifiedName("public", "trackpay_new"), "production"),
                new IdenticalRows.ColumnsDiffer(PAYMENTS, List.of("amount", "id"), List.of("amount", "id", "note"))));
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "table trackpay_old: exists in staging only",
                "table trackpay_new: exists in production only",
                "table trackpay_payments: columns differ, so rows cannot be compared: staging has amount, id; production has amount, id, note");
    }

    @Test
    void aPatternMatchingNothingFails() {
        Verdict verdict = IdenticalRowsCheck.verdict("every table matching nothing_%", "staging", "production", List.of());
        assertThat(verdict.message()).contains("tables every table matching nothing_%: none found in either database, so nothing was compared");
    }
}
