package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each migration tool's history is found and read; drift fails with missing and unexpected versions named. */
class MigrationChecklistTest {

    private static final String BASE = "demo/supabase-base.sql";

    @Test
    void supabasePassesWhenTheHistoryMatches() {
        String db = Checklists.database("mg_supabase", BASE, "sql/migrations/supabase.sql");
        Checklists.Outcome outcome = Checklists.run(Map.of("source", db, "target", db), "checklists/migrations/supabase.feature");
        assertThat(outcome.scenarios()).hasSize(4);
        assertThat(outcome.failed()).isEmpty();
    }

    @Test
    void supabaseFailsNamingMissingAndUnexpectedVersions() {
        String source = Checklists.database("mg_supabase_source", BASE, "sql/migrations/supabase.sql");
        String drifted = Checklists.database("mg_supabase_drifted", BASE, "sql/migrations/supabase.sql", "sql/migrations/supabase-drifted.sql");
        Checklists.Outcome outcome = Checklists.run(Map.of("source", source, "target", drifted), "checklists/migrations/supabase.feature");
        assertThat(outcome.scenario("The listed migrations are applied").message())
                .contains("migration 20250102000000: not applied in target");
        assertThat(outcome.scenario("The applied migrations match the files").message())
                .contains("migration 20250102000000: file in src/test/resources/sql/migrations/supabase-files, not applied in target")
                .contains("migration 20250104000000: applied in target, no file in src/test/resources/sql/migrations/supabase-files");
        assertThat(outcome.scenario("The latest applied migration").message())
                .contains("latest applied migration in target: is 20250104000000, expected 20250103000000");
        assertThat(outcome.scenario("Both databases applied the same migrations").message())
                .contains("migration 20250102000000: applied in source, not in target")
                .contains("migration 20250104000000: applied in target, not in source");
    }

    @Test
    void prismaCountsOnlyFinishedMigrationsThatWereNotRolledBack() {
        String good = Checklists.database("mg_prisma", "sql/migrations/prisma.sql");
        String behind = Checklists.database("mg_prisma_behind", "sql/migrations/prisma.sql", "sql/migrations/prisma-behind.sql");
        assertThat(Checklists.run(Map.of("source", good, "target", good), "checklists/migrations/prisma.feature").failed()).isEmpty();
        Checklists.Outcome outcome = Checklists.run(Map.of("source", good, "target", behind), "checklists/migrations/prisma.feature");
        assertThat(outcome.scenario("The applied migrations match the migration folders").message())
                .contains("migration 20250102000000_add_users: file in src/test/resources/sql/migrations/prisma-files, not applied in target");
        assertThat(outcome.scenario("The latest applied migration").message())
                .contains("latest applied migration in target: is 20250101000000_init, expected 20250102000000_add_users");
        assertThat(outcome.scenario("A Prisma migration is named by its folder, or by its timestamp alone when only one folder has it")
                .message()).contains("migration 20250102000000: not applied in target (nearest applied: 20250101000000_init)");
    }

    @Test
    void flywayCountsSuccessfulVersionedMigrations() {
        String good = Checklists.database("mg_flyway", "sql/migrations/flyway.sql");
        String behind = Checklists.database("mg_flyway_behind", "sql/migrations/flyway.sql", "sql/migrations/flyway-behind.sql");
        assertThat(Checklists.run(Map.of("source", good, "target", good), "checklists/migrations/flyway.feature").failed()).isEmpty();
        Checklists.Outcome outcome = Checklists.run(Map.of("source", good, "target", behind), "checklists/migrations/flyway.feature");
        assertThat(outcome.scenario("The listed migrations are applied").message()).contains("migration 2: not applied in target");
        assertThat(outcome.scenario("The latest applied migration").message())
                .contains("latest applied migration in target: is 1.1, expected 2");
        assertThat(outcome.scenario("Both databases applied the same migrations").message())
                .contains("migration 2: applied in source, not in target");
    }

    @Test
    void liquibaseCountsExecutedChangeSetsInTheOrderTheyRan() {
        String good = Checklists.database("mg_liquibase", "sql/migrations/liquibase.sql");
        String behind = Checklists.database("mg_liquibase_behind", "sql/migrations/liquibase.sql", "sql/migrations/liquibase-behind.sql");
        assertThat(Checklists.run(Map.of("source", good, "target", good), "checklists/migrations/liquibase.feature").failed()).isEmpty();
        Checklists.Outcome outcome = Checklists.run(Map.of("source", good, "target", behind), "checklists/migrations/liquibase.feature");
        assertThat(outcome.scenario("The latest applied migration").message())
                .contains("latest applied migration in target: is create-users, expected add-email");
    }

    @Test
    void withoutAHistoryTableTheStepFailsNamingTheTablesItLookedFor() {
        String none = Checklists.database("mg_none", "sql/migrations/none.sql");
        Checklists.Outcome outcome = Checklists.run(Map.of("source", none, "target", none), "checklists/migrations/supabase.feature");
        assertThat(outcome.failed()).hasSize(4);
        assertThat(outcome.scenario("The latest applied migration").message()).contains("migration history: no history table in target:"
                + " looked for supabase_migrations.schema_migrations (Supabase), _prisma_migrations (Prisma),"
                + " flyway_schema_history (Flyway), databasechangelog (Liquibase)");
    }
}
