package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration and seed files written for psql apply as psql applies them (issue 13, section 3): the common
 * meta-commands run, any other is named with its file and line, the seed can be left out, and paths are shown as
 * the user writes them.
 */
class PsqlScriptsTest {

    private static final String MIGRATIONS = "src/test/resources/migrations/";

    @Test
    void setIncludeEchoAndUnsetApplyAsPsqlAppliesThem() throws Exception {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "psql-seed"),
                "checklists/embedded/psql-seed.feature");
        assertThat(outcome.scenarios()).hasSize(1);
        assertThat(outcome.allMessages()).isEmpty();

        String url = VerifierRun.current().embedded().jdbcUrl("psql_rows", MIGRATIONS + "psql-seed");
        assertThat(ToolMigrationsTest.rows(url, "select t.id, t.name, a.email from tenants t join tenant_admins a on a.tenant_id = t.id"
                + " order by t.id")).containsExactly("1|Acme; Corp's|acme; corp's@example.com", "2|Globex|globex@example.com");
    }

    @Test
    void theSeedIsLeftOutWhenTheSettingSaysSo() {
        Checklists.Outcome outcome = Checklists.run(Map.of("noseed", "embedded:" + MIGRATIONS + "psql-seed",
                "verify.embedded.seed", "false"), "checklists/embedded/psql-seed-skipped.feature");
        assertThat(outcome.scenarios()).hasSize(1);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void aSeedSettingThatIsNotTrueOrFalseSaysWhatItAccepts() {
        Checklists.Outcome outcome = Checklists.run(Map.of("noseed", "embedded:" + MIGRATIONS + "psql-seed",
                "verify.embedded.seed", "sometimes"), "checklists/embedded/psql-seed-skipped.feature");
        Checklists.ScenarioOutcome scenario = outcome.scenario("Only the migrations were applied");
        assertThat(scenario.failure()).isInstanceOf(ChecklistBroken.class);
        assertThat(((ChecklistBroken) scenario.failure()).isConfiguration()).isTrue();
        assertThat(scenario.message()).contains("verify.embedded.seed is 'sometimes': it accepts true", "or false (skip it)");
    }

    @Test
    void aMetaCommandThatIsNotSupportedIsNamedWithItsFileAndLineShownAsTheUserWritesIt() {
        // configured as the migrations folder itself: the seed is its sibling, shown as supabase/seed.sql
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "psql-unsupported/supabase/migrations"),
                "checklists/embedded/psql-unsupported.feature");
        Checklists.ScenarioOutcome scenario = outcome.scenario("The seed uses \\copy");
        assertThat(scenario.failure()).isInstanceOf(ChecklistBroken.class);
        assertThat(scenario.message()).startsWith("database 'pr': migration " + MIGRATIONS + "psql-unsupported/supabase/seed.sql"
                + " failed at line 4: the psql meta-command \\copy is not supported");
        assertThat(scenario.message()).contains("-Dverify.embedded.seed=false").doesNotContain("/../");
    }
}
