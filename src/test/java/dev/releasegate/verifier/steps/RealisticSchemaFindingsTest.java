package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.lint.Finding;
import dev.releasegate.verifier.checks.lint.LintLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated 45-table schema (foreign keys with indexes, row level security and policies, definer functions,
 * triggers, security-invoker views): at WARN or above it holds only the findings splinter reports on it too, and
 * once the fixes they name are applied (and the definer RPCs excepted with their reason) the gate is green.
 */
class RealisticSchemaFindingsTest {

    private static final List<String> MIGRATIONS = GeneratedMigrations.files(45, 12);

    private static String generated;
    private static String hardened;

    @BeforeAll
    static void databases() {
        generated = GeneratedMigrations.create("rsf_generated", MIGRATIONS);
        LintDatabases.server().createDatabaseFromTemplate("rsf_hardened", "rsf_generated");
        hardened = LintDatabases.server().jdbcUrl("rsf_hardened");
        List<String> fixes = new ArrayList<>(List.of("ALTER FUNCTION public.set_updated_at() SET search_path = ''"));
        IntStream.rangeClosed(1, 45).filter(i -> i % 3 == 0).mapToObj(GeneratedMigrations::table).forEach(t -> {
            fixes.add("DROP POLICY " + t + "_insert ON public." + t);
            fixes.add("CREATE POLICY " + t + "_insert ON public." + t + " FOR INSERT TO authenticated"
                    + " WITH CHECK ((select auth.uid()) IS NOT NULL AND amount >= 0)");
        });
        GeneratedMigrations.execute(hardened, fixes);
    }

    @Test
    void atWarnOrAboveOnlyWhatSplinterReportsToo() {
        List<String> found = LintDatabases.findings(generated).stream().filter(f -> f.lint().level().atLeast(LintLevel.WARN))
                .map(RealisticSchemaFindingsTest::named).toList();
        List<String> expected = new ArrayList<>();
        IntStream.rangeClosed(1, 45).filter(i -> i % 3 == 0).forEach(i -> expected.add("auth_rls_initplan on " + GeneratedMigrations.table(i)
                + ": policy " + GeneratedMigrations.table(i) + "_insert calls auth.uid() for each row"));
        expected.add("function_search_path_mutable on set_updated_at(): no search_path is set on it");
        IntStream.rangeClosed(1, 12).forEach(i -> expected.add("authenticated_security_definer_function_executable on fn_archive_"
                + GeneratedMigrations.table(i) + "(uuid): security definer, executable by authenticated"));
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void hardenedItHasNoFindingAtWarnOrAboveButTheExceptedRpcs() {
        assertThat(LintDatabases.findings(hardened).stream().filter(f -> f.lint().level().atLeast(LintLevel.WARN)).map(Finding::lint).distinct()
                .map(l -> l.id()).toList()).containsExactly("authenticated_security_definer_function_executable");
        Checklists.Outcome outcome = Checklists.run(Map.of("production", hardened), "checklists/findings/realistic.feature");
        assertThat(outcome.allMessages()).isEmpty();
        assertThat(outcome.scenarios()).hasSize(2);
    }

    private static String named(Finding f) {
        return f.lint().id() + " on " + f.object().display("public") + ": " + f.detail();
    }
}
