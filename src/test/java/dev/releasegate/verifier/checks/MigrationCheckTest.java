package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.MigrationHistory;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.MigrationEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationCheckTest {

    private static MigrationHistory supabase(String... versions) {
        return MigrationHistory.ofVersions(MigrationHistory.Tool.SUPABASE, new QualifiedName("supabase_migrations", "schema_migrations"),
                List.of(versions), null);
    }

    private static List<MigrationEntry> files(String... versions) {
        return java.util.Arrays.stream(versions).map(v -> new MigrationEntry(v, null, null, v + ".sql", null)).toList();
    }

    private static MigrationHistory prisma(String... folders) {
        return MigrationHistory.ofVersions(MigrationHistory.Tool.PRISMA, new QualifiedName("public", "_prisma_migrations"), List.of(folders), null);
    }

    @Test
    void listedMigrationsMustBeApplied() {
        Verdict verdict = MigrationCheck.applied("production", supabase("20251015000000", "20251024000000"),
                List.of("20251015000000", "20251024000001"));
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "migration 20251024000001: not applied in production (nearest applied: 20251015000000, 20251024000000)");
        assertThat(verdict.message()).startsWith("applied migrations in production (Supabase): 1 problem");
    }

    @Test
    void filesAndHistoryAreComparedBothWays() {
        Verdict verdict = MigrationCheck.matchesFiles("production", supabase("1", "2", "4"), "supabase/migrations", files("1", "2", "3"));
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "migration 3: 3.sql in supabase/migrations, not applied in production",
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
        MigrationHistory flyway = MigrationHistory.ofVersions(MigrationHistory.Tool.FLYWAY, new QualifiedName("public", "flyway_schema_history"),
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
        MigrationHistory liquibase = MigrationHistory.ofVersions(MigrationHistory.Tool.LIQUIBASE, new QualifiedName("public", "databasechangelog"),
                List.of("zeta", "alpha"), null);
        assertThat(liquibase.latest()).contains("alpha");
    }

    @Test
    void noHistoryNamesEveryTableLookedFor() {
        assertThat(MigrationCheck.noHistory("production").message()).isEqualTo("applied migrations in production: 1 problem\n"
                + "  migration history: no history table in production: looked for supabase_migrations.schema_migrations (Supabase),"
                + " _prisma_migrations (Prisma), flyway_schema_history (Flyway), databasechangelog (Liquibase)");
    }

    @Test
    void aNotAppliedVersionNamesTheNearestAppliedOnes() {
        Verdict verdict = MigrationCheck.applied("production", supabase("1", "2", "4", "5", "6"), List.of("3", "9"));
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "migration 3: not applied in production (nearest applied: 1, 2, 4, 5)",
                "migration 9: not applied in production (nearest applied: 5, 6)");
        assertThat(MigrationCheck.applied("production", supabase(), List.of("1")).mismatches()).extracting(Mismatch::describe)
                .containsExactly("migration 1: not applied in production (none is applied)");
    }

    @Test
    void aPrismaMigrationIsItsFolderOrItsTimestampWhenOnlyOneFolderHasIt() {
        MigrationHistory history = prisma("20250526210850_add_platform_architecture", "20250601000000_a", "20250601000000_b");
        assertThat(MigrationCheck.applied("production", history, List.of("20250526210850_add_platform_architecture")).passed()).isTrue();
        assertThat(MigrationCheck.applied("production", history, List.of("20250526210850")).passed()).isTrue();
        assertThat(MigrationCheck.applied("production", history, List.of("20250601000000")).mismatches()).extracting(Mismatch::describe)
                .containsExactly("migration 20250601000000: names 2 applied migrations in production (20250601000000_a,"
                        + " 20250601000000_b): write the whole folder name");
        assertThat(MigrationCheck.applied("production", history, List.of("20250526")).mismatches()).extracting(Mismatch::describe)
                .containsExactly("migration 20250526: not applied in production (nearest applied: 20250526210850_add_platform_architecture,"
                        + " 20250601000000_a)");
        assertThat(MigrationCheck.latest("production", prisma("20250526210850_add_platform_architecture"), "20250526210850").passed()).isTrue();
        // a Supabase version is never a prefix of another
        assertThat(MigrationCheck.applied("production", supabase("20250526210850"), List.of("2025052621085")).passed()).isFalse();
    }

    @Test
    void aFlywayFileEditedAfterItWasAppliedIsCaughtByItsChecksum() {
        MigrationHistory history = new MigrationHistory(MigrationHistory.Tool.FLYWAY, new QualifiedName("public", "flyway_schema_history"),
                List.of(new MigrationEntry("1", "init", null, "V1__init.sql", "100"),
                        new MigrationEntry("7", "add totals", null, "V7__add_totals.sql", "700"),
                        new MigrationEntry(null, "views", null, "R__views.sql", "5"),
                        new MigrationEntry(null, "views", null, "R__views.sql", "6")), null);
        List<MigrationEntry> files = List.of(new MigrationEntry("1", "init", null, "V1__init.sql", "100"),
                new MigrationEntry("7", "add totals", null, "V7__add_totals.sql", "701"),
                new MigrationEntry(null, "views", null, "R__views.sql", "6"),
                new MigrationEntry(null, "grants", null, "R__grants.sql", "9"));
        Verdict verdict = MigrationCheck.matchesFiles("production", history, "db/migration", files);
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "migration 7: V7__add_totals.sql was edited after it was applied: checksum 700 applied, 701 now",
                "repeatable migration 'grants': R__grants.sql in db/migration, not applied in production");
    }

    @Test
    void liquibaseChangeSetsAreTheirIdAuthorAndFile() {
        MigrationHistory history = new MigrationHistory(MigrationHistory.Tool.LIQUIBASE, new QualifiedName("public", "databasechangelog"),
                List.of(new MigrationEntry("1", null, "ana", "classpath:/db/changelog/001.xml", "9:aa"),
                        new MigrationEntry("2", null, "ana", "db/changelog/002.yaml", "9:bb"),
                        new MigrationEntry("3", null, "ben", "db/changelog/003.sql", "8:cc")), null);
        List<MigrationEntry> files = List.of(new MigrationEntry("1", null, "ana", "db/changelog/001.xml", "9:aa"),
                new MigrationEntry("2", null, "ana", "db/changelog/002.yaml", "9:b2"),
                new MigrationEntry("3", null, "ben", "db/changelog/003.sql", "9:c2"),
                new MigrationEntry("3", null, "cy", "db/changelog/003.sql", "9:dd"));
        Verdict verdict = MigrationCheck.matchesFiles("production", history, "db/changelog", files);
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "change set 2 by ana: db/changelog/002.yaml was edited after it was applied: checksum 9:bb applied, 9:b2 now",
                "change set 3 by cy: db/changelog/003.sql in db/changelog, not applied in production");
    }

    @Test
    void aFlywayBaselineCoversTheFilesUpToItsVersion() {
        MigrationHistory history = new MigrationHistory(MigrationHistory.Tool.FLYWAY, new QualifiedName("public", "flyway_schema_history"),
                List.of(new MigrationEntry("2", "<< Flyway Baseline >>", null, "<< Flyway Baseline >>", null),
                        new MigrationEntry("3", "orders", null, "V3__orders.sql", "3")), null);
        List<MigrationEntry> files = List.of(new MigrationEntry("1", "init", null, "V1__init.sql", "1"),
                new MigrationEntry("2", "users", null, "V2__users.sql", "2"),
                new MigrationEntry("3", "orders", null, "V3__orders.sql", "3"),
                new MigrationEntry("4", "totals", null, "V4__totals.sql", "4"));
        Verdict verdict = MigrationCheck.matchesFiles("production", history, "db/migration", files);
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "migration 4: V4__totals.sql in db/migration, not applied in production");
    }
}
