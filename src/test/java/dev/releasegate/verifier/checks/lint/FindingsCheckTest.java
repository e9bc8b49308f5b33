package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.catalog.LintRole;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.ComparisonTable;
import dev.releasegate.verifier.checks.Mismatch;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Judging findings: the level threshold, and exceptions with reasons, dates, older names and lints of the other category. */
class FindingsCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ExposedSchemas PUBLIC = new ExposedSchemas(List.of("public"), "default");

    private static Finding finding(Lint lint, String table, String detail) {
        return new Finding(lint, FindingObject.relation(new QualifiedName("public", table)), detail, table);
    }

    private static final Finding OPEN_NOTES = finding(Lint.RLS_DISABLED_IN_PUBLIC, "notes", "anon may select from it");
    private static final Finding AUDIT_NO_POLICY = finding(Lint.RLS_ENABLED_NO_POLICY, "audit", "");

    private static LintRun security(Finding... findings) {
        return new LintRun(LintCategory.SECURITY, PUBLIC, List.of(findings), Map.of(Lint.PUBLIC_BUCKET_ALLOWS_LISTING, "no storage"));
    }

    private static FindingException except(String finding, String object, String reason, String until) {
        return FindingException.of(finding, object, Optional.ofNullable(reason), Optional.ofNullable(until), true);
    }

    private static Verdict verdict(LintRun run, LintLevel level, FindingException... exceptions) {
        return FindingsCheck.verdict(run, level, List.of(exceptions), TODAY, "production", "public");
    }

    private static List<String> problems(Verdict verdict) {
        return verdict.mismatches().stream().map(Mismatch::describe).toList();
    }

    private static List<String> statuses(Verdict verdict) {
        return verdict.table().rows().stream().map(r -> r.mark() + " " + r.cells().get(0) + " " + r.cells().get(2) + ": " + r.cells().get(4)).toList();
    }

    @Test
    void everyFindingFailsInOneLineWithLevelWhyAndFix() {
        Verdict verdict = verdict(security(OPEN_NOTES), LintLevel.INFO);
        assertThat(verdict.category()).isEqualTo(FailureCategory.SECURITY);
        assertThat(verdict.subject()).isEqualTo("security findings in production, every level (exposed schemas: public (default); 20 lints"
                + " checked, 1 skipped)");
        assertThat(problems(verdict)).containsExactly("rls_disabled_in_public on notes (ERROR): anon may select from it: row level security"
                + " is off, so every row is open to the API. Fix: ALTER TABLE notes ENABLE ROW LEVEL SECURITY, then add policies for the roles"
                + " that need access");
    }

    @Test
    void belowTheThresholdIsNotJudged() {
        Verdict verdict = verdict(security(OPEN_NOTES, AUDIT_NO_POLICY), LintLevel.WARN);
        assertThat(verdict.subject()).contains(", level WARN or above (").contains("; 19 lints checked, 1 skipped)");
        assertThat(problems(verdict)).hasSize(1).allMatch(p -> p.startsWith("rls_disabled_in_public on notes"));
        assertThat(verdict(security(AUDIT_NO_POLICY), LintLevel.ERROR).passed()).isTrue();
    }

    @Test
    void anExceptionExcusesWithItsReasonUntilItsDateInclusive() {
        Verdict verdict = verdict(security(OPEN_NOTES), LintLevel.INFO, except("rls_disabled_in_public", "public.notes", "scratch table", "2026-06-01"));
        assertThat(verdict.passed()).isTrue();
        assertThat(statuses(verdict)).containsExactly("excepted rls_disabled_in_public notes: excepted: scratch table (until 2026-06-01)");
        Verdict expired = verdict(security(OPEN_NOTES), LintLevel.INFO, except("rls_disabled_in_public", "notes", "scratch table", "2026-05-31"));
        assertThat(problems(expired)).singleElement().asString().endsWith("(the exception for it expired on 2026-05-31; its reason was: scratch table)");
        assertThat(statuses(expired)).containsExactly("unexpected rls_disabled_in_public notes: exception expired on 2026-05-31");
    }

    @Test
    void theTwoColumnTableOfEarlierChecklistsReadsAndSaysNoReasonWasGiven() {
        FindingException old = FindingException.of("rls_disabled_in_public", "notes", Optional.empty(), Optional.empty(), false);
        assertThat(statuses(verdict(security(OPEN_NOTES), LintLevel.INFO, old)))
                .containsExactly("excepted rls_disabled_in_public notes: excepted (no reason given)");
        assertThatThrownBy(() -> FindingException.of("rls_disabled_in_public", "notes", Optional.empty(), Optional.empty(), true))
                .isInstanceOf(ChecklistBroken.class).hasMessageContaining("gives no reason");
    }

    @Test
    void anExceptionThatExcusesNothingIsAProblem() {
        Verdict verdict = verdict(security(OPEN_NOTES), LintLevel.INFO, except("rls_disabled_in_public", "notes", "scratch", null),
                except("rls_disabled_in_public", "drafts", "old row", null));
        assertThat(problems(verdict)).containsExactly("except rls_disabled_in_public on drafts: excuses nothing (production has no such"
                + " finding): remove or correct the row, a stale exception would hide the next regression");
    }

    @Test
    void exceptionsTheItemDoesNotJudgeAreShownNotFailed() {
        Verdict verdict = verdict(security(OPEN_NOTES), LintLevel.WARN, except("rls_disabled_in_public", "notes", "scratch", null),
                except("rls_enabled_no_policy", "audit", "definer only", null), except("public_bucket_allows_listing", "avatars", "public", null),
                except("unindexed_foreign_keys", "comments", "small table", null));
        assertThat(verdict.passed()).isTrue();
        assertThat(statuses(verdict)).containsExactly(
                "excepted rls_disabled_in_public notes: excepted: scratch",
                "excepted rls_enabled_no_policy audit: not checked here: INFO is below level WARN",
                "excepted public_bucket_allows_listing avatars: not checked here: the lint was skipped, no storage",
                "excepted unindexed_foreign_keys comments: not checked here: unindexed_foreign_keys is a performance lint (splinter's category);"
                        + " \"the database has no performance findings\" checks it");
    }

    @Test
    void theOlderNameOfALintStillExcusesAndTheTableSaysSo() {
        Function purge = new Function(1, new QualifiedName("public", "purge"), List.of("uuid"), "p uuid", null, "sql", true, List.of(), null, "f");
        Finding finding = new Finding(Lint.ANON_SECURITY_DEFINER_FUNCTION_EXECUTABLE, FindingObject.function(purge), "", "purge(uuid)");
        Verdict verdict = verdict(security(finding), LintLevel.INFO, except("anon_can_execute_definer_function", "purge", "it checks the caller", null));
        assertThat(statuses(verdict)).containsExactly("excepted anon_security_definer_function_executable purge(uuid): excepted: it checks the"
                + " caller [anon_can_execute_definer_function is the older name of anon_security_definer_function_executable]");
    }

    @Test
    void aSecurityLintUnderThePerformanceSentenceIsABrokenChecklist() {
        LintRun performance = new LintRun(LintCategory.PERFORMANCE, PUBLIC, List.of(), Map.of());
        assertThatThrownBy(() -> verdict(performance, LintLevel.INFO, except("rls_disabled_in_public", "notes", "x", null)))
                .isInstanceOf(ChecklistBroken.class).hasMessage("rls_disabled_in_public is a security lint: except it under"
                        + " \"Then the database has no security findings, except:\"");
        assertThat(verdict(performance, LintLevel.INFO).category()).isEqualTo(FailureCategory.PERFORMANCE);
        assertThat(verdict(performance, LintLevel.INFO).subject()).isEqualTo("performance findings in production, every level (9 lints checked)");
    }

    @Test
    void aDateThatIsNotADateIsABrokenChecklist() {
        assertThatThrownBy(() -> except("rls_disabled_in_public", "notes", "x", "2026-02-30")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("has until '2026-02-30', which is not a date: write it as YYYY-MM-DD");
    }

    @Test
    void theEvidenceListsEveryLintWithItsCountOrWhyItWasSkipped() {
        String lints = FindingsCheck.lintsChecked(security(OPEN_NOTES), LintLevel.WARN, "production");
        assertThat(lints.lines()).hasSize(22).first().isEqualTo("security lints (splinter's) on production, level WARN or above; exposed schemas:"
                + " public, by default: neither verify.exposed-schemas nor pgrst.db_schemas of role authenticator is set");
        assertThat(lints).contains("\n  checked     rls_disabled_in_public (ERROR): 1 finding\n",
                "\n  not judged  rls_enabled_no_policy (INFO): below level WARN\n",
                "\n  skipped     public_bucket_allows_listing (WARN): no storage\n");
    }

    @Test
    void exposedSchemasFromTheSettingThenTheDatabaseThenPublic() {
        LintFacts none = new LintFixture().facts();
        LintFixture configured = new LintFixture();
        configured.roles.replaceAll(r -> r.name().equals("authenticator") ? new LintRole("authenticator", false,
                Optional.of(" public ,graphql_public")) : r);
        assertThat(ExposedSchemas.resolve(Optional.of("api, public"), configured.facts()))
                .isEqualTo(new ExposedSchemas(List.of("api", "public"), "verify.exposed-schemas"));
        assertThat(ExposedSchemas.resolve(Optional.of(" , "), configured.facts()))
                .isEqualTo(new ExposedSchemas(List.of("public", "graphql_public"), "pgrst.db_schemas of role authenticator"));
        assertThat(ExposedSchemas.resolve(Optional.empty(), none)).isEqualTo(new ExposedSchemas(List.of("public"), "default"));
    }

    @Test
    void theVerdictsTableMarksEveryRow() {
        Verdict verdict = verdict(security(OPEN_NOTES, AUDIT_NO_POLICY), LintLevel.INFO, except("rls_enabled_no_policy", "audit", "definer", null));
        assertThat(verdict.table().header()).containsExactly("finding", "level", "object", "detail", "status");
        assertThat(verdict.table().rows()).extracting(ComparisonTable.Row::mark).containsExactly("unexpected", "excepted");
    }
}
