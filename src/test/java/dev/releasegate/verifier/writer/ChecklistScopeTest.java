package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Schemas and exclusions decide what is written; names that cannot be written so that they read back as themselves
 * are left out, each said in the file and on the console, and what is written still passes on its database.
 */
class ChecklistScopeTest {

    @TempDir
    static Path dir;
    static String url;
    static Path folder;
    static WriteChecklist.Result written;
    static String all;

    @BeforeAll
    static void writeWithSchemasExclusionsAndRoles() throws Exception {
        url = Checklists.database("writer_scoped", "demo/supabase-base.sql", "sql/writer/scoped.sql");
        folder = dir.resolve("scoped");
        SecretMask mask = new SecretMask();
        mask.register("whsec_0123456789abcdef");
        written = Writing.write(settings(folder), mask);
        try (Stream<Path> files = Files.list(folder)) {
            all = files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    private static Map<String, String> settings(Path folder) {
        Map<String, String> settings = new HashMap<>();
        settings.put("verify.db.scoped", url);
        settings.put("verify.write-checklist", "scoped");
        settings.put("verify.write-checklist.dir", folder.toString());
        settings.put("verify.write-checklist.schemas", "public, audit");
        settings.put("verify.write-checklist.exclude", "tmp_%, audit.secret_%");
        settings.put("verify.write-checklist.roles", "anon, authenticated, ghost");
        settings.put("verify.write-checklist.row-counts", "scoped-counts");
        settings.put("verify.baselines.dir", dir.resolve("baselines").toString());
        return settings;
    }

    @Test
    void whatIsWrittenPassesOnTheDatabaseItCameFromButForTheValueThatEqualsASecret() {
        Checklists.Outcome outcome = Checklists.run(Map.of("scoped", url, "verify.baselines.dir", dir.resolve("baselines").toString()),
                folder.toString());

        assertThat(outcome.failed()).extracting(Checklists.ScenarioOutcome::name).containsExactly("Columns of webhooks");
        assertThat(outcome.allMessages()).contains("default is 'whsec_0123456789abcdef'::text, expected '*****'::text");
        assertThat(outcome.scenarios()).hasSize(written.checklist().scenarios());
    }

    @Test
    void aValueEqualToASecretOfTheRunIsNeverWrittenInClear() {
        assertThat(all).doesNotContain("whsec_0123456789abcdef").contains("| token  | text    | yes      | '*****'::text |");
        assertThat(written.checklist().leftOut())
                .contains("01-tables.feature: a value equal to a secret of this run is written as *****, so the item holding it"
                        + " fails until a person writes it");
    }

    @Test
    void excludedTablesAppearNowhereAndTheTableListsSayWhyTheyAreNotExact() {
        assertThat(all).doesNotContain("tmp_import").doesNotContain("secret_keys").contains("secret_notes");
        assertThat(all).contains("# tables matching tmp_%, audit.secret_% are not written, so the list is not exact")
                .doesNotContain("exactly these tables exist in schema");
        assertThat(all).contains("Scenario: Tables in schema audit\n    # tables matching tmp_%, audit.secret_% are not written,"
                + " so the list is not exact\n    Then the schema \"audit\" exists\n    And these tables exist:\n      | table        |\n"
                + "      | audit.events |");
    }

    @Test
    void otherSchemasAreQualifiedAndRowCountsAreComparedTableByTableWhereTablesAreLeftOut() {
        assertThat(all).contains("Then the table \"audit.events\" has exactly these columns:")
                .contains("Then the table \"Odd; drop table orders--\" has exactly these columns:")
                .contains("Then the primary key of \"audit.events\" is (id)")
                .contains("| audit.record(integer) | void    | sql      | definer  | audit, pg_temp |")
                .contains("| audit.events | order_id | orders(id) | SET NULL  | NO ACTION |")
                .contains("And the row counts of tables matching \"audit.events\" in \"scoped\" equal the record \"scoped-counts\"")
                .contains("And the row counts of tables matching \"secret\\_notes\" in \"scoped\" equal the record \"scoped-counts\"");
        assertThat(dir.resolve("baselines/scoped-counts.json")).exists();
    }

    @Test
    void aRoleThatDoesNotExistIsSaidAndTheOthersAreWritten() {
        assertThat(all).contains("# role ghost does not exist in scoped: nothing is written for it")
                .contains("Scenario: Privileges of anon on tables").contains("Scenario: Privileges of authenticated on tables")
                .contains("And the role \"anon\" has no privileges on schema \"audit\"")
                .doesNotContain("the role \"authenticated\" has no privileges on schema \"audit\"")
                .doesNotContain("service_role");
    }

    @Test
    void namesThatCannotReadBackAreLeftOutAndSaidAndTheRestIsEscaped() {
        assertThat(written.checklist().leftOut()).anyMatch(l -> l.startsWith("left out: columns of we\"ird"))
                .anyMatch(l -> l.startsWith("left out: columns of dot.ted"))
                .anyMatch(l -> l.startsWith("left out: the default of Odd; drop table orders--.pipe|col (it holds ${...}"))
                .anyMatch(l -> l.startsWith("left out: foreign key Odd; drop table orders--_a,b_fkey"))
                .anyMatch(l -> l.startsWith("left out: enum mood"))
                .anyMatch(l -> l.contains("describe_it(\"MyType\")"));
        assertThat(all).contains("| we\"ird ")
                .contains("| \"dot.ted\" ")
                .contains("Then the table \"Odd; drop table orders--\" has exactly these columns:")
                .contains("| pipe\\|col   | text    | yes      |                  |")
                .contains("| back\\\\slash | text    | yes      | 'C:\\\\temp'::text |")
                .contains("(note <> 'a\\|b'::text) AND (note <> 'multi\\nline'::text)")
                .contains("| label     |\n      | label     |\n      | sun\\|rain |");
    }

    @Test
    void anExistingChecklistIsReplacedOnlyWhenAskedAndThenOnlyTheWritersOwnFiles() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("mine.feature"), "Feature: written by a person\n");
        Map<String, String> settings = settings(other);
        settings.put("verify.write-checklist.row-counts", "false");

        assertThat(catchThrowable(() -> Writing.write(settings))).hasMessageContaining("already holds 1 file(s)");

        settings.put("verify.write-checklist.overwrite", "true");
        Files.writeString(other.resolve("13-row-counts.feature"), FeatureText.MARKER + "\"scoped\" (stale)\nFeature: stale\n");
        Writing.write(settings);
        assertThat(other.resolve("mine.feature")).hasContent("Feature: written by a person");
        assertThat(other.resolve("13-row-counts.feature")).doesNotExist();
        assertThat(other.resolve("01-tables.feature")).exists();

        Files.writeString(other.resolve("02-keys.feature"), "Feature: a person's keys\n");
        assertThat(catchThrowable(() -> Writing.write(settings))).hasMessageContaining("02-keys.feature was not written by migration-verifier");
    }

    @Test
    void aRoleThatMayNotReadStorageOrTheMigrationHistoryGetsTheRestAndIsToldWhat() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement st = c.createStatement()) {
            st.execute("""
                    do $$ begin
                      create role writer_least_privilege login;
                    exception when duplicate_object or unique_violation then null;
                    end $$""");
        }
        Map<String, String> settings = settings(dir.resolve("least-privilege"));
        settings.put("verify.db.scoped", url.replace("user=postgres", "user=writer_least_privilege"));
        settings.put("verify.write-checklist.row-counts", "false");

        WriteChecklist.Result result = Writing.write(settings);

        assertThat(result.checklist().leftOut())
                .anyMatch(l -> l.startsWith("left out: storage buckets (could not be read: database scoped") && l.contains("permission denied"))
                .anyMatch(l -> l.startsWith("left out: applied migrations (could not be read:") && l.contains("permission denied"));
        assertThat(result.checklist().files()).extracting(FeatureFile::name).contains("01-tables.feature", "03-row-level-security.feature")
                .doesNotContain("11-storage.feature", "12-migrations.feature");
    }

    @Test
    void aRecordThatExistsIsNotReplacedUnlessAsked() {
        Map<String, String> settings = settings(dir.resolve("third"));
        assertThat(catchThrowable(() -> Writing.write(settings)))
                .hasMessageContaining("the record \"scoped-counts\" already exists");
        assertThat(dir.resolve("third")).doesNotExist();
    }
}
