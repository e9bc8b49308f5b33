package dev.releasegate.verifier.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.catalog.CatalogFingerprint;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.report.ExitStatus;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The QA loop repeats the main job in one JVM: an unchanged database is not read again, a changed one is, and no
 * verdict comes from a catalog older than the database. Isolated: roles are server-wide and part of every
 * fingerprint, so a class creating one meanwhile would make an unchanged database look changed.
 */
@Isolated
class ChecklistWatchTest {

    private static final String CHECKLIST = """
            Feature: the watched table

              Scenario: the table is protected
                Given the database "app"
                Then row level security is enabled on "watched"
            """;

    @TempDir
    Path folder;

    @Test
    void aChangedDatabaseIsReadAgainAndAnUnchangedOneIsNot() throws Exception {
        String url = VerifierRun.current().embedded().createDatabase("watch_loop", List.of("demo/supabase-base.sql"));
        execute(url, "create table public.watched (id bigint primary key); alter table public.watched enable row level security");
        Path checklists = Files.createDirectories(folder.resolve("features"));
        Files.writeString(checklists.resolve("watched.feature"), CHECKLIST);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path reports = folder.resolve("reports");
        RunOptions options = RunOptions.of(reports, new PrintStream(console, true, StandardCharsets.UTF_8), checklists.toString());
        try (VerifierRun run = VerifierRun.withSettings(Map.of("verify.db.app", url))) {
            ChecklistWatch watch = new ChecklistWatch(options, run);

            assertThat(watch.runOnce()).isEqualTo(ExitStatus.HELD);
            Database app = run.databases().get("app");
            CatalogSnapshot first = run.catalogs().cached(app).orElseThrow();
            int afterFirst = app.queriesSent();

            CatalogFingerprint.of(app);
            int fingerprint = app.queriesSent() - afterFirst;
            afterFirst = app.queriesSent();
            assertThat(first.relations()).isNotEmpty();
            assertThat(app.queriesSent()).as("the snapshot was read by the first run").isEqualTo(afterFirst);

            assertThat(watch.runOnce()).isEqualTo(ExitStatus.HELD);
            assertThat(run.catalogs().cached(app)).containsSame(first);
            assertThat(app.queriesSent() - afterFirst).as("statements of a repeated run on an unchanged database: the fingerprint's read")
                    .isEqualTo(fingerprint);
            assertThat(verdict(reports)).isEqualTo("passed");
            // what a QA reads while editing; the audit trail (Allure's results, cucumber.json) is the gate run's
            assertThat(reports.resolve("cucumber.html")).isRegularFile();
            assertThat(reports.resolve("junit.xml")).isRegularFile();
            assertThat(reports.resolve("allure-results")).doesNotExist();
            assertThat(reports.resolve("cucumber.json")).doesNotExist();
            assertThat(ChecklistRun.run(options, run)).isEqualTo(ExitStatus.HELD);
            assertThat(reports.resolve("allure-results")).isDirectory();
            assertThat(reports.resolve("cucumber.json")).isRegularFile();
            afterFirst = app.queriesSent();

            execute(url, "alter table public.watched disable row level security");
            assertThat(watch.runOnce()).isEqualTo(ExitStatus.FAILED);
            assertThat(run.catalogs().cached(app).orElseThrow()).isNotSameAs(first);
            assertThat(verdict(reports)).isEqualTo("failed");
            assertThat(console.toString(StandardCharsets.UTF_8)).contains("[watch] changed since the last run, read again: app");

            execute(url, "drop table public.watched");
            assertThat(watch.runOnce()).isEqualTo(ExitStatus.FAILED);
            assertThat(manifest(reports).path("scenarios").get(0).path("message").toString()).contains("watched");
        }
    }

    @Test
    void aSavedChecklistEndsTheWait() throws Exception {
        Path checklists = Files.createDirectories(folder.resolve("saved"));
        Path file = Files.writeString(checklists.resolve("a.feature"), CHECKLIST);
        RunOptions options = RunOptions.of(folder.resolve("reports"), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), checklists.toString());
        try (VerifierRun run = VerifierRun.withSettings(Map.of("verify.db.app", "jdbc:postgresql://127.0.0.1:1/none"))) {
            ChecklistWatch watch = new ChecklistWatch(options, run);
            Map<Path, List<Long>> before = watch.checklistFiles();
            assertThat(before).containsOnlyKeys(file);
            Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2_000));
            assertThat(watch.checklistFiles()).isNotEqualTo(before);
            Files.writeString(checklists.resolve("b.feature"), CHECKLIST);
            assertThat(watch.checklistFiles()).hasSize(2);
            Files.writeString(checklists.resolve("notes.txt"), "not a checklist");
            assertThat(watch.checklistFiles()).hasSize(2);
        }
    }

    @Test
    void theWaitEndsWithinAPollOfASave() throws Exception {
        Path checklists = Files.createDirectories(folder.resolve("polled"));
        Path file = Files.writeString(checklists.resolve("a.feature"), CHECKLIST);
        RunOptions options = RunOptions.of(folder.resolve("reports"), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), file + ":4");
        try (VerifierRun run = VerifierRun.withSettings(Map.of("verify.db.app", "jdbc:postgresql://127.0.0.1:1/none"))) {
            ChecklistWatch watch = new ChecklistWatch(options, run);
            watch.runOnce();
            Thread saver = new Thread(() -> {
                try {
                    Thread.sleep(200);
                    Files.writeString(file, CHECKLIST + "\n");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            saver.start();
            assertTimeoutPreemptively(Duration.ofSeconds(5), watch::awaitChange);
            saver.join();
        }
    }

    private static String verdict(Path reports) throws Exception {
        return manifest(reports).path("scenarios").get(0).path("verdict").asText();
    }

    private static JsonNode manifest(Path reports) throws Exception {
        return new ObjectMapper().readTree(reports.resolve("run.json").toFile());
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
