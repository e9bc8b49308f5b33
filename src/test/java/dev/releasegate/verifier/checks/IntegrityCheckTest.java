package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.OffendingRows;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrityCheckTest {

    private static final QualifiedName MEMBERS = new QualifiedName("public", "chama_members");
    private static final QualifiedName CHAMAS = new QualifiedName("public", "chamas");
    private static final QualifiedColumn EMAIL = QualifiedColumn.parse("users.email", "public");

    private static OffendingRows none(String... columns) {
        return OffendingRows.of(0, List.of(columns), List.of());
    }

    @Test
    void noOrphansPassesWhenNoRowOffends() {
        Verdict verdict = IntegrityCheck.noOrphans(MEMBERS, List.of("chama_id"), CHAMAS, none("id", "chama_id"), "production");
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.message()).isEqualTo("references from chama_members to chamas through chama_id in production: as expected");
    }

    @Test
    void orphansAreCountedAndShown() {
        OffendingRows found = OffendingRows.of(2, List.of("id", "chama_id"), List.of(List.of("m1", "c9"), List.of("m2", "c8")));
        Verdict verdict = IntegrityCheck.noOrphans(MEMBERS, List.of("chama_id"), CHAMAS, found, "production");
        assertThat(verdict.message()).isEqualTo("""
                references from chama_members to chamas through chama_id in production: 1 problem
                  chama_members.chama_id -> chamas: 2 rows reference a missing chamas row

                |               | id | chama_id |
                | XX unexpected | m1 | c9       |
                | XX unexpected | m2 | c8       |""");
        assertThat(verdict.mismatches().get(0).kind()).isEqualTo(Mismatch.Kind.UNEXPECTED);
    }

    @Test
    void manyOrphansSayOnlyTheFirstAreShown() {
        List<List<String>> sample = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sample.add(List.of("m" + i, "a", "b"));
        }
        OffendingRows found = OffendingRows.of(57, List.of("id", "tenant_id", "order_id"), sample);
        Verdict verdict = IntegrityCheck.noOrphans(new QualifiedName("shop", "items"), List.of("tenant_id", "order_id"),
                new QualifiedName("shop", "orders"), found, "production");
        assertThat(verdict.mismatches().get(0).describe())
                .isEqualTo("shop.items.(tenant_id, order_id) -> shop.orders: 57 rows reference a missing shop.orders row (the first 20 are shown)");
        assertThat(verdict.table().rows()).hasSize(20);
    }

    @Test
    void oneOrphanIsSingular() {
        OffendingRows found = OffendingRows.of(1, List.of("id", "chama_id"), List.of(List.of("m1", "c9")));
        assertThat(IntegrityCheck.noOrphans(MEMBERS, List.of("chama_id"), CHAMAS, found, "production").mismatches().get(0).describe())
                .isEqualTo("chama_members.chama_id -> chamas: 1 row references a missing chamas row");
    }

    @Test
    void unmatchedRowsAreMissing() {
        OffendingRows found = OffendingRows.of(3, List.of("id"), List.of(List.of("2"), List.of("4"), List.of("5")));
        Verdict verdict = IntegrityCheck.everyRowMatched(new QualifiedName("public", "restaurants"), "is_active",
                new QualifiedName("public", "subscriptions"), List.of("restaurant_id"), found, "staging");
        assertThat(verdict.message()).startsWith("""
                rows of restaurants where is_active with a matching subscriptions through restaurant_id in staging: 1 problem
                  restaurants -> subscriptions.restaurant_id: 3 rows where is_active have no matching subscriptions row
                """);
        assertThat(verdict.table().rows()).extracting(ComparisonTable.Row::mark).containsOnly("missing");
    }

    @Test
    void rowsSatisfyingAConditionAreUnexpectedAndNullsReadAsNull() {
        List<String> row = new ArrayList<>(List.of("t1", "-50.00"));
        row.add(null);
        OffendingRows found = OffendingRows.of(1, List.of("id", "amount", "reference"), List.of(row));
        Verdict verdict = IntegrityCheck.noRowSatisfies(new QualifiedName("public", "transactions"), "amount <= 0", found, "production");
        assertThat(verdict.message()).isEqualTo("""
                rows of transactions satisfying amount <= 0 in production: 1 problem
                  table transactions: 1 row satisfies amount <= 0

                |               | id | amount | reference |
                | XX unexpected | t1 | -50.00 | null      |""");
    }

    @Test
    void duplicatesCountValuesAndNameTheCondition() {
        OffendingRows found = OffendingRows.of(2, List.of("value", "rows"), List.of(List.of("a@b.co", "3"), List.of("c@d.co", "2")));
        Verdict verdict = IntegrityCheck.noDuplicates(EMAIL, "deleted_at is null", found, "production");
        assertThat(verdict.message()).isEqualTo("""
                duplicate values of users.email where deleted_at is null in production: 1 problem
                  users.email: 2 values appear in more than one row where deleted_at is null

                |               | value  | rows |
                | XX unexpected | a@b.co | 3    |
                | XX unexpected | c@d.co | 2    |""");
        assertThat(IntegrityCheck.noDuplicates(EMAIL, null, OffendingRows.of(1, List.of("value", "rows"), List.of(List.of("a@b.co", "2"))),
                "production").mismatches().get(0).describe()).isEqualTo("users.email: 1 value appears in more than one row");
    }

    @Test
    void valuesNotMatchingThePatternDiffer() {
        OffendingRows found = OffendingRows.of(2, List.of("id", "email"), List.of(List.of("u7", "not-an-email"), List.of("u8", "x@y")));
        Verdict verdict = IntegrityCheck.everyValueMatches(EMAIL, "^[^@]+@[^@]+\\.[a-z]+$", found, "production");
        assertThat(verdict.message()).isEqualTo("""
                values of users.email matching "^[^@]+@[^@]+\\.[a-z]+$" in production: 1 problem
                  users.email: 2 rows do not match ^[^@]+@[^@]+\\.[a-z]+$

                |            | id | email        |
                | XX differs | u7 | not-an-email |
                | XX differs | u8 | x@y          |""");
    }
}
