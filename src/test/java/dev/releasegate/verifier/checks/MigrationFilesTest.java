package dev.releasegate.verifier.checks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationFilesTest {

    @Test
    void supabaseFilesAreVersionedUpToTheFirstUnderscore() {
        assertThat(MigrationFiles.version("20250827084750_95fd66dd-d255-4f38-bcc3-f7d5f8b574fb.sql", false)).contains("20250827084750");
        assertThat(MigrationFiles.version("20251024000001_add_customer_id_to_factory_payables.sql", false)).contains("20251024000001");
        assertThat(MigrationFiles.version("20251024000001.sql", false)).contains("20251024000001");
    }

    @Test
    void flywayFilesAreVersionedBetweenVAndTheDoubleUnderscore() {
        assertThat(MigrationFiles.version("V1__init.sql", false)).contains("1");
        assertThat(MigrationFiles.version("V1_1__add_index.sql", false)).contains("1.1");
        assertThat(MigrationFiles.version("V2.3__users_table.sql", false)).contains("2.3");
        assertThat(MigrationFiles.version("R__views.sql", false)).isEmpty();
        assertThat(MigrationFiles.version("U2__undo.sql", false)).isEmpty();
    }

    @Test
    void prismaMigrationsAreFoldersAndOtherFilesAreIgnored() {
        assertThat(MigrationFiles.version("20250101000000_init", true)).contains("20250101000000_init");
        assertThat(MigrationFiles.version("migration_lock.toml", false)).isEmpty();
        assertThat(MigrationFiles.version("README.md", false)).isEmpty();
        assertThat(MigrationFiles.version(".git", true)).isEmpty();
    }
}
