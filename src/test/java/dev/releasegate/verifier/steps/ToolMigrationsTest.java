package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.db.MigrationLayout;
import dev.releasegate.verifier.db.MigrationSource;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway and Liquibase folders are applied by the tools themselves into embedded: databases, and the match sentence
 * reads a folder as the tool does (issue 21): ordering, placeholders, repeatables, subfolders, several locations,
 * ignored files, checksums.
 */
class ToolMigrationsTest {

    private static final String MIGRATIONS = "src/test/resources/migrations/";

    @Test
    void aFlywayProjectLaidOutAsSpringBootDoesIsAppliedByFlywayAndMatchesItsFiles() throws Exception {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "flyway-real"),
                "checklists/embedded/flyway-real.feature");
        assertThat(outcome.scenarios()).hasSize(2);
        assertThat(outcome.allMessages()).isEmpty();

        String url = VerifierRun.current().embedded().jdbcUrl("tools_flyway_history", MIGRATIONS + "flyway-real");
        assertThat(rows(url, "select version, description, type, script, success from flyway_schema_history order by installed_rank"))
                .containsExactly(
                        "1|create schema|SQL|V1__create_schema.sql|t",
                        "1.1|order status|SQL|V1.1__order_status.sql|t",
                        "1.2|audit trigger|SQL|V1_2__audit_trigger.sql|t",
                        "2|orders|SQL|1.0.0/V2__orders.sql|t",
                        "10|order index|SQL|V10__order_index.sql|t",
                        "100|seed rows|SQL|V100__seed_rows.sql|t",
                        "null|order overview|SQL|R__order_overview.sql|t");
    }

    @Test
    void issue21sFolderMatchesTheHistoryFlywayWrote() {
        // on main: "ok 1 | missing 1.0.0 | unexpected 2 | missing 3", and U17 read as a version
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "flyway-issue21"),
                "checklists/embedded/flyway-issue21.feature");
        assertThat(outcome.scenarios()).hasSize(1);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void aFlywayMigrationEditedAfterItWasAppliedIsCaughtByItsChecksum() throws IOException {
        Path folder = copy(MIGRATIONS + "flyway-issue21", "target/migration-tests/flyway-edited");
        String value = "embedded:target/migration-tests/flyway-edited";
        VerifierRun.current().embedded().jdbcUrl("pr", "target/migration-tests/flyway-edited"); // built before the edit
        Files.writeString(folder.resolve("1.0.0/V2__b.sql"), "create table b (id bigint);\n");

        Checklists.Outcome outcome = Checklists.run(Map.of("pr", value), "checklists/embedded/flyway-edited.feature");
        Checklists.ScenarioOutcome scenario = outcome.scenario("The applied migrations match the files");
        assertThat(scenario.passed()).isFalse();
        assertThat(scenario.message()).contains("migration 2: 1.0.0/V2__b.sql was edited after it was applied: checksum ");
        assertThat(scenario.message()).doesNotContain("migration 1:");
    }

    @Test
    void aLiquibaseChangelogIsAppliedByLiquibaseAndMatchesItsChangeSets() throws Exception {
        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:" + MIGRATIONS + "liquibase-app"),
                "checklists/embedded/liquibase-app.feature");
        assertThat(outcome.scenarios()).hasSize(2);
        assertThat(outcome.allMessages()).isEmpty();

        String url = VerifierRun.current().embedded().jdbcUrl("tools_liquibase_history", MIGRATIONS + "liquibase-app");
        assertThat(rows(url, "select id, author, filename, exectype, md5sum like '9:%' from databasechangelog order by orderexecuted"))
                .containsExactly(
                        "create-customers|ana|db/changelog/db.changelog-master.xml|EXECUTED|t",
                        "create-orders|ben|db/changelog/changes/002-orders.yaml|EXECUTED|t",
                        "seed-customers|ana|db/changelog/changes/003-rows.sql|EXECUTED|t",
                        "seed-orders|ben|db/changelog/changes/003-rows.sql|EXECUTED|t");
    }

    @Test
    void aLiquibaseChangeSetEditedAfterItWasAppliedIsCaughtByItsChecksum() throws IOException {
        Path folder = copy(MIGRATIONS + "liquibase-app", "target/migration-tests/liquibase-edited");
        VerifierRun.current().embedded().jdbcUrl("pr", "target/migration-tests/liquibase-edited"); // built before the edit
        Path sql = folder.resolve("db/changelog/changes/003-rows.sql");
        Files.writeString(sql, Files.readString(sql).replace("'ben@example.com'", "'cy@example.com'"));

        Checklists.Outcome outcome = Checklists.run(Map.of("pr", "embedded:target/migration-tests/liquibase-edited"),
                "checklists/embedded/liquibase-edited.feature");
        Checklists.ScenarioOutcome scenario = outcome.scenario("The applied migrations match the files");
        assertThat(scenario.passed()).isFalse();
        assertThat(scenario.message()).contains("change set seed-customers by ana: db/changelog/changes/003-rows.sql"
                + " was edited after it was applied: checksum 9:");
        assertThat(scenario.message()).doesNotContain("seed-orders by");
    }

    @Test
    void aFailingFlywayOrLiquibaseMigrationNamesTheFileTheLineAndTheServersMessage() {
        Checklists.Outcome outcome = Checklists.run(Map.of(
                        "flyway", "embedded:" + MIGRATIONS + "flyway-broken",
                        "liquibase", "embedded:" + MIGRATIONS + "liquibase-broken"),
                "checklists/embedded/tool-broken.feature");
        Checklists.ScenarioOutcome flyway = outcome.scenario("A checklist item on the Flyway database");
        assertThat(flyway.failure()).isInstanceOf(ChecklistBroken.class);
        assertThat(flyway.message()).contains("database 'flyway': migration " + MIGRATIONS + "flyway-broken/db/migration/V2__totals.sql"
                + " failed at line 4: ERROR: column \"amout\" does not exist", "Statement: ");
        Checklists.ScenarioOutcome liquibase = outcome.scenario("A checklist item on the Liquibase database");
        assertThat(liquibase.failure()).isInstanceOf(ChecklistBroken.class);
        assertThat(liquibase.message()).contains("database 'liquibase': migration " + MIGRATIONS
                + "liquibase-broken/db/changelog/db.changelog-master.sql (change set totals by ana) failed at line 8: ERROR:",
                "column \"amout\" does not exist");
    }

    @Test
    void eachBuiltDatabaseRecordsTheFolderAndTheSha256OfEveryFileItWasBuiltFrom() throws Exception {
        var embedded = VerifierRun.current().embedded();
        embedded.jdbcUrl("tools_built_from", MIGRATIONS + "flyway-real");
        MigrationSource source = embedded.builtFrom("tools_built_from").orElseThrow();
        assertThat(source.folder()).isEqualTo(MIGRATIONS + "flyway-real");
        assertThat(source.layout()).isEqualTo(MigrationLayout.FLYWAY);
        String resources = MIGRATIONS + "flyway-real/src/main/resources/db/";
        assertThat(source.files()).extracting(MigrationSource.Digest::path).containsExactlyInAnyOrder(
                resources + "migration/V1__create_schema.sql", resources + "migration/V1.1__order_status.sql",
                resources + "migration/V1_2__audit_trigger.sql", resources + "migration/1.0.0/V2__orders.sql",
                resources + "migration/V10__order_index.sql", resources + "seed/V100__seed_rows.sql",
                resources + "migration/R__order_overview.sql");
        assertThat(source.files()).allSatisfy(f -> assertThat(f.sha256()).isEqualTo(sha256(Path.of(f.path()))));

        embedded.jdbcUrl("tools_built_from_supabase", MIGRATIONS + "supabase-app/supabase/migrations");
        assertThat(embedded.builtFrom("tools_built_from_supabase").orElseThrow().files()).extracting(MigrationSource.Digest::path)
                .contains(MIGRATIONS + "supabase-app/supabase/migrations/20240101000000_init.sql",
                        MIGRATIONS + "supabase-app/supabase/seed.sql");
        assertThat(embedded.builtFrom("never_built")).isEmpty();
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Path copy(String from, String to) throws IOException {
        Path source = Path.of(from);
        Path target = Path.of(to);
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    static List<String> rows(String jdbcUrl, String sql) throws Exception {
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
