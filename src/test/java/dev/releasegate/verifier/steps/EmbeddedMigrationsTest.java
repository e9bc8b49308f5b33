package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** embedded:<folder> databases: Supabase, Prisma and Flyway folders apply and their checklists hold; failures say where. */
class EmbeddedMigrationsTest {

    private static final String MIGRATIONS = "src/test/resources/migrations/";

    @Test
    void aSupabaseFolderAppliesWithItsSeedAndTheChecklistHolds() {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "supabase-app"),
                "checklists/embedded/supabase-app.feature");
        assertThat(outcome.scenarios()).hasSize(6);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void aPrismaFolderAppliesAndTheChecklistHolds() {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "prisma-app"),
                "checklists/embedded/prisma-app.feature");
        assertThat(outcome.scenarios()).hasSize(2);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void aFlywayFolderAppliesAndTheChecklistHolds() {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "flyway-app"),
                "checklists/embedded/flyway-app.feature");
        assertThat(outcome.scenarios()).hasSize(2);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void aPlainFolderAppliesInNameOrderEvenWithItsOwnTransactions() {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "plain-with-transactions"),
                "checklists/embedded/plain-folder.feature");
        assertThat(outcome.scenarios()).hasSize(1);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void aFailingMigrationBreaksItsDatabaseWithFileAndLineAndTheRunGoesOn() {
        Checklists.Outcome outcome = Checklists.run(Map.of(
                        "pr", "embedded:" + MIGRATIONS + "broken",
                        "main", "embedded:" + MIGRATIONS + "broken/supabase/migrations/20240101000000_init.sql",
                        "vectors", "embedded:" + MIGRATIONS + "missing-extension"),
                "checklists/embedded/broken.feature");

        Checklists.ScenarioOutcome broken = outcome.scenario("A checklist item on the broken database");
        assertThat(broken.passed()).isFalse();
        assertThat(broken.message()).contains(
                "database 'pr': migration " + MIGRATIONS + "broken/supabase/migrations/20240102000000_add_totals.sql"
                        + " failed at line 6: ERROR: column \"amout\" does not exist");
        assertThat(broken.failure().getClass().getSimpleName()).isEqualTo("ChecklistBroken");

        assertThat(outcome.scenario("A checklist item on a healthy database of the same run").passed()).isTrue();

        Checklists.ScenarioOutcome vectors = outcome.scenario("A checklist item on a database whose extension is missing");
        assertThat(vectors.passed()).isFalse();
        assertThat(vectors.message()).contains(
                "database 'vectors': migration " + MIGRATIONS + "missing-extension/supabase/migrations/20240101000000_embeddings.sql"
                        + " (line 4) needs the extension \"vector\", which the embedded PostgreSQL does not carry",
                "-Dverify.db.vectors=testcontainers:supabase/postgres:15.8.1.060:" + MIGRATIONS + "missing-extension");
    }

    @Test
    void aFolderThatDoesNotExistSaysWhereItLooked() {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "no-such-folder"),
                "checklists/embedded/prisma-app.feature");
        assertThat(outcome.scenarios()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(TestExecutionResult.Status.FAILED);
            assertThat(s.message()).contains("the migrations folder ", "no-such-folder does not exist");
        });
    }

    @Test
    void eachToolsHistoryIsRecordedAsTheToolRecordsIt() throws Exception {
        var embedded = VerifierRun.current().embedded();
        String flyway = embedded.jdbcUrl("emb_history_flyway", MIGRATIONS + "flyway-app");
        assertThat(rows(flyway, "select installed_rank, version, description, type, script, installed_by, success"
                + " from flyway_schema_history order by installed_rank")).containsExactly(
                "1|1|create inventory|SQL|V1__create_inventory.sql|postgres|t",
                "2|1.1|audit trigger|SQL|V1_1__audit_trigger.sql|postgres|t",
                "3|2|seed warehouses|SQL|V2__seed_warehouses.sql|postgres|t",
                "4|10|restrict api|SQL|V10__restrict_api.sql|postgres|t",
                "5|null|item view|SQL|R__item_view.sql|postgres|t");

        String prisma = embedded.jdbcUrl("emb_history_prisma", MIGRATIONS + "prisma-app");
        assertThat(rows(prisma, "select migration_name, length(checksum), finished_at is not null, applied_steps_count,"
                + " rolled_back_at is null from _prisma_migrations order by migration_name")).containsExactly(
                "20240101120000_init|64|t|1|t", "20240215093000_add_orders|64|t|1|t");

        String supabase = embedded.jdbcUrl("emb_history_supabase", MIGRATIONS + "supabase-app");
        assertThat(rows(supabase, "select version, name, array_length(statements, 1) from supabase_migrations.schema_migrations"
                + " order by version")).containsExactly(
                "20240101000000|init|14", "20240102000000|functions_and_triggers|8", "20240103000000|storage_and_realtime|6");
        assertThat(rows(supabase, "select count(*) from pg_publication_tables where pubname = 'supabase_realtime'"))
                .containsExactly("1");
        assertThat(rows(supabase, "select public.active_project_count()")).containsExactly("1");
    }

    @Test
    void theDemoIsAnEmbeddedFolderShippedInTheProject() throws Exception {
        String demo = VerifierRun.current().embedded().jdbcUrl("emb_demo", "classpath:demo/trackpay");
        assertThat(rows(demo, "select count(*) from trackpay_users")).containsExactly("6");
        assertThat(rows(demo, "select version, name from supabase_migrations.schema_migrations"))
                .containsExactly("20250101000000|trackpay");
    }

    private static List<String> rows(String jdbcUrl, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
