package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RowCountCheckTest {

    private static final QualifiedName USERS = new QualifiedName("public", "trackpay_users");
    private static final QualifiedName INVITES = new QualifiedName("public", "trackpay_invites");
    private static final QualifiedName AUDIT = new QualifiedName("public", "trackpay_relationship_audit");

    @Test
    void reportsEveryTableNotJustTheFirstMismatch() {
        Map<QualifiedName, Long> staging = new LinkedHashMap<>(Map.of(USERS, 120L, INVITES, 4L, AUDIT, 1L));
        Map<QualifiedName, Long> production = new LinkedHashMap<>(Map.of(USERS, 119L, INVITES, 0L));
        Verdict verdict = RowCountCheck.equal("staging", staging, "production", production, Set.of(), "matching trackpay_%");
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "table trackpay_invites: 4 rows in staging, 0 in production (-4)",
                "table trackpay_relationship_audit: exists in staging only",
                "table trackpay_users: 120 rows in staging, 119 in production (-1)");
        assertThat(verdict.table().rows()).hasSize(3);
        assertThat(verdict.table().render()).contains("| XX differs | trackpay_users ", "| 120 ", "| -1 ");
    }

    @Test
    void exceptedTablesAreShownButNotFailed() {
        Verdict verdict = RowCountCheck.equal("staging", Map.of(USERS, 1L, INVITES, 4L), "production", Map.of(USERS, 1L, INVITES, 0L),
                Set.of(INVITES), "matching trackpay_%");
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.table().rows()).hasSize(2);
    }

    @Test
    void singleTableCounts() {
        assertThat(RowCountCheck.exactly(USERS, 42, 41, "production").message())
                .startsWith("rows of trackpay_users in production: 1 problem\n  table trackpay_users: 41 rows, expected 42");
        assertThat(RowCountCheck.atLeast(AUDIT, 1, 0, "production").mismatches().get(0).describe())
                .isEqualTo("table trackpay_relationship_audit: 0 rows, expected at least 1");
        assertThat(RowCountCheck.atLeast(AUDIT, 1, 3, "production").passed()).isTrue();
    }

    @Test
    void listedTablesAreEachComparedAndOneInNeitherDatabaseIsMissing() {
        QualifiedName users = new QualifiedName("public", "users");
        QualifiedName ghosts = new QualifiedName("public", "ghosts");
        Verdict v = RowCountCheck.equalListed(java.util.List.of(users, ghosts, users), "before", java.util.Map.of(users, 4L), "after",
                java.util.Map.of(users, 4L));
        assertThat(v.message()).isEqualTo("""
                row counts of the tables listed in before and after: 1 problem
                  table ghosts: exists in neither before nor after

                |            | table  | before     | after      | difference |
                | ok         | users  | 4          | 4          | 0          |
                | XX missing | ghosts | (no table) | (no table) |            |""");
    }
}
