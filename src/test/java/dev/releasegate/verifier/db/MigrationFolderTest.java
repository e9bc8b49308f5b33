package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationFolderTest {

    private static final String MIGRATIONS = "src/test/resources/migrations/";

    @Test
    void readsASupabaseProjectWithItsSeed() {
        MigrationFolder folder = MigrationFolder.open(MIGRATIONS + "supabase-app");
        assertThat(folder.layout()).isEqualTo(MigrationLayout.SUPABASE);
        assertThat(folder.migrations()).extracting(Migration::version, Migration::description).containsExactly(
                org.assertj.core.groups.Tuple.tuple("20240101000000", "init"),
                org.assertj.core.groups.Tuple.tuple("20240102000000", "functions_and_triggers"),
                org.assertj.core.groups.Tuple.tuple("20240103000000", "storage_and_realtime"));
        assertThat(folder.migrations().get(0).file())
                .isEqualTo(MIGRATIONS + "supabase-app/supabase/migrations/20240101000000_init.sql");
        assertThat(folder.seed()).isPresent();
    }

    @Test
    void readsTheSupabaseMigrationsFolderItself() {
        MigrationFolder folder = MigrationFolder.open(MIGRATIONS + "supabase-app/supabase/migrations");
        assertThat(folder.layout()).isEqualTo(MigrationLayout.SUPABASE);
        assertThat(folder.migrations()).hasSize(3);
        assertThat(folder.seed()).isPresent();
    }

    @Test
    void readsPrismaMigrationsByFolderName() {
        MigrationFolder folder = MigrationFolder.open(MIGRATIONS + "prisma-app");
        assertThat(folder.layout()).isEqualTo(MigrationLayout.PRISMA);
        assertThat(folder.migrations()).extracting(Migration::description)
                .containsExactly("20240101120000_init", "20240215093000_add_orders");
    }

    @Test
    void findsFlywaysDefaultLocation() {
        MigrationFolder folder = MigrationFolder.open(MIGRATIONS + "flyway-app");
        assertThat(folder.layout()).isEqualTo(MigrationLayout.FLYWAY);
        assertThat(folder.locations()).containsExactly(Path.of(MIGRATIONS + "flyway-app/db/migration"));
    }

    @Test
    void theSeedBesideTheMigrationsFolderIsShownAsTheUserWouldWriteIt() {
        MigrationFolder folder = MigrationFolder.open(MIGRATIONS + "supabase-app/supabase/migrations");
        assertThat(folder.seed().orElseThrow().file()).isEqualTo(MIGRATIONS + "supabase-app/supabase/seed.sql");
        assertThat(MigrationFolder.shown("./supabase/migrations/", Path.of("supabase/migrations"), Path.of("supabase/seed.sql")))
                .isEqualTo("supabase/seed.sql");
        assertThat(MigrationFolder.shown("classpath:demo/trackpay", Path.of("x"), Path.of("x/supabase/seed.sql")))
                .isEqualTo("classpath:demo/trackpay/supabase/seed.sql");
    }

    @Test
    void aPlainFolderIsItsSqlFilesInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.sql"), "select 2;");
        Files.writeString(dir.resolve("a.sql"), "\uFEFFselect 1;");
        Files.writeString(dir.resolve("notes.txt"), "not sql");
        MigrationFolder folder = MigrationFolder.open(dir.toString());
        assertThat(folder.layout()).isEqualTo(MigrationLayout.PLAIN);
        assertThat(folder.migrations()).extracting(Migration::sql).containsExactly("select 1;", "select 2;");
    }

    @Test
    void readsAFolderShippedOnTheClasspath() {
        MigrationFolder folder = MigrationFolder.open("classpath:demo/trackpay");
        assertThat(folder.layout()).isEqualTo(MigrationLayout.SUPABASE);
        assertThat(folder.migrations()).extracting(Migration::file)
                .containsExactly("classpath:demo/trackpay/supabase/migrations/20250101000000_trackpay.sql");
    }

    @Test
    void anEmptyOrMissingFolderSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> MigrationFolder.open(dir.toString()))
                .isInstanceOf(ChecklistBroken.class).hasMessageContaining("holds no migrations");
        assertThatThrownBy(() -> MigrationFolder.open(dir.resolve("nope").toString()))
                .isInstanceOf(ChecklistBroken.class).hasMessageContaining("nope does not exist");
    }

    @Test
    void flywaysLocationsAndPlaceholdersComeFromTheProjectsFlywayConf(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sql/main"));
        Files.createDirectories(dir.resolve("sql/more"));
        Files.writeString(dir.resolve("sql/main/V1__a.sql"), "create table ${name} (id int);");
        Files.writeString(dir.resolve("sql/more/V2__b.sql"), "select 1;");
        Files.writeString(dir.resolve("flyway.conf"), "flyway.url=jdbc:postgresql://elsewhere/db\n"
                + "flyway.locations=filesystem:sql/main, filesystem:sql/more\nflyway.placeholders.name=things\n");
        MigrationFolder folder = MigrationFolder.open(dir.toString());
        assertThat(folder.layout()).isEqualTo(MigrationLayout.FLYWAY);
        assertThat(folder.locations()).containsExactly(dir.resolve("sql/main"), dir.resolve("sql/more"));
        assertThat(folder.setting("flyway.placeholders.name")).contains("things");
    }

    @Test
    void aMissingFlywayLocationIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("V1__a.sql"), "select 1;");
        Files.writeString(dir.resolve("flyway.conf"), "flyway.locations=filesystem:nowhere\n");
        assertThatThrownBy(() -> MigrationFolder.open(dir.toString())).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("the Flyway location filesystem:nowhere of the migrations folder " + dir + " is not a folder");
    }

    @Test
    void findsALiquibaseMasterChangelogWhereSpringBootLooks() {
        MigrationFolder folder = MigrationFolder.open(MIGRATIONS + "liquibase-app");
        assertThat(folder.layout()).isEqualTo(MigrationLayout.LIQUIBASE);
        assertThat(folder.changelog()).isEqualTo("db/changelog/db.changelog-master.xml");
        assertThat(MigrationFolder.open(MIGRATIONS + "liquibase-app/db/changelog/db.changelog-master.xml").changelog())
                .isEqualTo("db.changelog-master.xml");
    }
}
