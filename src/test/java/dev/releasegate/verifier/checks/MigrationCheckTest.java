package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.MigrationHistory;
import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationCheckTest {

    private static MigrationHistory supabase(String... versions) {
        return new MigrationHistory(MigrationHistory.Tool.SUPABASE, new QualifiedName("supabase_migrations", "schema_migrations"),
                List.of(versions), null);
    }

    @Test
    void listedMigrationsMustBeApplied() {
        Verdict verdict = MigrationCheck.applied("production", supabase("20251015000000", "20251024000000"),
                List.of("20251015000000", "20251024000001"));
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly("migration 20251024000001: not applied in production");
        assertThat(verdict.message()).startsWith("applied migrations in production (Supabase): 1 problem");
    }

    @Test
    void filesAndHistoryAreComparedBothWays() {
        Verdict verdict = MigrationCheck.matchesFiles("production", supabase("1", "2", "4"), "supabase/migrations", List.of("1", "2", "3"));
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "migration 3: file in supabase/migrations, not applied in production",
                "migration 4: applied in production, no file in supabase/migrations");
        assertThat(verdict.mismatches()).extracting(Mismatch::kind).containsExactly(Mismatch.Kind.MISSING, Mismatch.Kind.UNEXPECTED);
    }

    @Test
    void anEmptyFolderIsAFailureNotAPass() {
        Verdict verdict = MigrationCheck.matchesFiles("production", supabase("1"), "supabase/migrations", List.of());
        assertThat(verdict.message()).contains("migration files: none in supabase/migrations, so nothing was compared");
    }

    @Test
    void twoDatabasesAreComparedBothWays() {
        Verdict verdict = MigrationCheck.same("staging", supabase("1", "2"), "production", supabase("1", "3"));
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "migration 2: applied in staging, not in production",
                "migration 3: applied in production, not in staging");
    }

    @Test
    void latestIsTheHighestVersionComparedAsNumbers() {
        MigrationHistory flyway = new MigrationHistory(MigrationHistory.Tool.FLYWAY, new QualifiedName("public", "flyway_schema_history"),
                List.of("1.9", "1.10", "1.2"), null);
        assertThat(MigrationCheck.latest("production", flyway, "1.10").passed()).isTrue();
        assertThat(MigrationCheck.latest("production", supabase("20251024000000", "20251015000000"), "20251024000001").mismatches())
                .extracting(Mismatch::describe)
                .containsExactly("latest applied migration in production: is 20251024000000, expected 20251024000001");
        assertThat(MigrationCheck.latest("production", supabase(), "1").mismatches()).extracting(Mismatch::describe)
                .containsExactly("latest applied migration in production: none applied, expected 1");
    }

    @Test
    void liquibaseLatestIsTheLastExecuted() {
        MigrationHistory liquibase = new MigrationHistory(MigrationHistory.Tool.LIQUIBASE, new QualifiedName("public", "databasechangelog"),
                List.of("zeta", "alpha"), null);
        assertThat(liquibase.latest()).contains("alpha");
    }

    @Test
    void noHistoryNamesEveryTableLookedFor() {
        assertThat(MigrationCheck.noHistory("production").message()).isEqualTo("applied migrations in production: 1 problem\n"
                + "  migration history: no history table in production: looked for supabase_migrations.schema_migrations (Supabase),"
                + " _prisma_migrations (Prisma), flyway_schema_history (Flyway), databasechangelog (Liquibase)");
    }
}
