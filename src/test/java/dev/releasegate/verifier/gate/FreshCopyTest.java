package dev.releasegate.verifier.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.report.RunReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main job end to end, through Maven, on fresh copies of the project (issue 14, issue 13): a team adds a checklist
 * for its own database (an embedded Prisma folder), names it, and `mvn verify` is green with the shipped checklists
 * untouched; a red run with passwords given in -D, the environment and verifier.properties leaves none of them in any
 * file under target/ or reports/ nor on the console; nothing selected is exit 3; unreadable settings are exit 2.
 * Each run is a Maven process (about a minute each on a busy machine): tagged "maven", so
 * {@code mvn test -DexcludedGroups=maven} leaves it out.
 */
@Tag("maven")
class FreshCopyTest {

    private static final String D_PASSWORD = "DashDPassw0rd-7f3";
    private static final String ENV_PASSWORD = "EnvPassw0rd-a91";
    private static final String FILE_PASSWORD = "FilePassw0rd-c2e";

    @TempDir
    static Path folder;
    private static ProjectCopy team;
    private static ProjectCopy red;
    private static ProjectCopy nothing;
    private static ProjectCopy unreadable;
    private static ProjectCopy.Result teamRun;
    private static ProjectCopy.Result redRun;
    private static ProjectCopy.Result nothingRun;
    private static ProjectCopy.Result unreadableRun;

    @BeforeAll
    static void runTheMainJobOnFreshCopies() throws IOException {
        assumeTrue(System.getProperty("verifier.maven.home") != null && System.getProperty("verifier.maven.repo") != null,
                "run by Maven's surefire, which says where Maven and its repository are");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        team = ProjectCopy.of(folder.resolve("team"));
        makeItYours(team);
        red = ProjectCopy.of(folder.resolve("red"));
        String down = "postgresql://u:%s@127.0.0.1:" + closedPort + "/x";
        red.write("verifier.properties", "verify.db.fpass=" + down.formatted(FILE_PASSWORD) + "\n");
        red.write("checks/red/secrets.feature", """
                Feature: Databases whose passwords must not leak
                  Scenario: given with -D
                    Given the database "dpass"
                    Then the table "users" exists
                  Scenario: given in the environment
                    Given the database "epass"
                    Then the table "users" exists
                  Scenario: given in verifier.properties
                    Given the database "fpass"
                    Then the table "users" exists
                """);
        red.write("checks/red/false.feature", """
                Feature: A false item on the demo
                  Scenario: the demo holds 6 users, not 99
                    Given the database "demo-production"
                    Then the table "trackpay_users" has 99 rows
                """);
        red.write("checks/red/undefined.feature", """
                Feature: A sentence that is not in the vocabulary
                  Scenario: the moon
                    Given the database "demo-production"
                    Then the moon is made of "cheese"
                """);
        red.write("checks/red/syntax.feature", "Feature: A syntax error\n  Scenario: one\n    Given the database \"demo-production\"\n  Scenaria: two\n");
        nothing = ProjectCopy.of(folder.resolve("nothing"));
        unreadable = ProjectCopy.of(folder.resolve("unreadable"));
        unreadable.write("verifier.properties", "verify.db.orders=\\uZZZZ\n");

        // side by side: each copy has its own target/ and reports/
        CompletableFuture<ProjectCopy.Result> teamJob = CompletableFuture.supplyAsync(() -> team.mvn(Map.of(), "verify"));
        CompletableFuture<ProjectCopy.Result> redJob = CompletableFuture.supplyAsync(() -> red.mvn(
                Map.of("VERIFY_DB_EPASS", down.formatted(ENV_PASSWORD)),
                "-Dverify.db.dpass=" + down.formatted(D_PASSWORD), "-Dcucumber.features=checks/red", "verify"));
        CompletableFuture<ProjectCopy.Result> nothingJob = CompletableFuture.supplyAsync(() -> nothing.mvn(Map.of(),
                "-Dcucumber.filter.tags=@nomatch", "verify"));
        CompletableFuture<ProjectCopy.Result> unreadableJob = CompletableFuture.supplyAsync(() -> unreadable.mvn(Map.of(), "verify"));
        teamRun = teamJob.join();
        redRun = redJob.join();
        nothingRun = nothingJob.join();
        unreadableRun = unreadableJob.join();
    }

    /** The README's three steps: name the database, write the checklist, run the main job. */
    private static void makeItYours(ProjectCopy copy) {
        ProjectCopy.copy(Path.of("src/test/resources/migrations/prisma-app"), copy.root().resolve("db/orders"));
        copy.write("verifier.properties", "verify.db.orders=embedded:db/orders\n");
        copy.write("features/orders/release.feature", """
                @orders @critical
                Feature: The orders release, on our own database

                  Background:
                    Given the database "orders"

                  Scenario: Prisma's tables, keys and history
                    Then these tables exist:
                      | table    |
                      | Customer |
                      | Order    |
                    And these foreign keys exist:
                      | table    | columns    | references | on delete |
                      | Customer | authUserId | auth.users | RESTRICT  |
                      | Order    | customerId | Customer   | CASCADE   |
                    And the table "_prisma_migrations" has 2 rows

                  Scenario: Customers only read their own orders
                    Then row level security is enabled on "Order"
                """);
    }

    @Test
    void aTeamsOwnChecklistRunsGreenBesideTheShippedOnes() throws IOException {
        assertThat(teamRun.exitCode()).as(teamRun.output()).isZero();
        assertThat(teamRun.output()).contains("passed  features/orders/release.feature:7  Prisma's tables, keys and history",
                "passed  features/trackpay/01-tables.feature:7", "[checklist] exit status 0", "[gate] exit status 0");
        JsonNode run = manifest(team);
        assertThat(run.path("verdicts").path("failed").asInt() + run.path("verdicts").path("broken").asInt()).isZero();
        Map<String, String> features = new LinkedHashMap<>();
        run.path("features").forEach(f -> features.put(f.path("path").asText(), f.path("git").asText()));
        assertThat(features).containsEntry("features/orders/release.feature", "untracked")
                .containsEntry("features/trackpay/01-tables.feature", "committed");
        assertThat(features.keySet()).noneMatch(p -> p.startsWith("examples/"));
        assertThat(run.path("git").path("dirty").asBoolean()).isTrue();
        assertThat(run.path("git").path("changes").toString()).contains("{\"status\":\"untracked\",\"path\":\"features/orders/release.feature\"}");
        assertThat(run.path("databases").toString()).contains("\"name\":\"orders\"", "\"name\":\"demo-production\"");
        JsonNode orders = java.util.stream.StreamSupport.stream(run.path("databases").spliterator(), false)
                .filter(d -> d.path("name").asText().equals("orders")).findFirst().orElseThrow();
        assertThat(orders.path("builtFrom").path("tool").asText()).isEqualTo("prisma");
        String init = "prisma/migrations/20240101120000_init/migration.sql";
        JsonNode file = java.util.stream.StreamSupport.stream(orders.path("builtFrom").path("files").spliterator(), false)
                .filter(f -> f.path("path").asText().endsWith(init)).findFirst().orElseThrow();
        assertThat(file.path("sha256").asText()).isEqualTo(RunReports.sha256(Files.readAllBytes(team.root().resolve("db/orders/" + init))));
        assertThat(team.root().resolve("reports/allure-report/index.html")).isRegularFile();
        assertThat(team.root().resolve("reports/junit.xml")).isRegularFile();
        digestsHold(team);
        for (Path report : team.files("target/failsafe-reports")) {
            assertThat(Files.readString(report)).as("%s", report).doesNotContain("<properties>");
        }
    }

    @Test
    void aRedRunLeavesNoPasswordInAnyFileNorOnTheConsole() throws IOException {
        assertThat(redRun.exitCode()).as(redRun.output()).isEqualTo(1);
        JsonNode run = manifest(red);
        assertThat(run.path("databases").toString()).contains("postgresql://u:*****@127.0.0.1:", "\"name\":\"dpass\"",
                "\"name\":\"epass\"", "\"name\":\"fpass\"");
        // every file the build wrote; target/test-classes is a copy of this build's, this test's own passwords in it
        List<Path> files = new java.util.ArrayList<>(red.files("target").stream()
                .filter(f -> !f.startsWith(red.root().resolve("target/test-classes"))).toList());
        files.addAll(red.files("reports"));
        assertThat(files).hasSizeGreaterThan(20);
        for (String password : List.of(D_PASSWORD, ENV_PASSWORD, FILE_PASSWORD)) {
            assertThat(redRun.output()).as("console").doesNotContain(password);
            for (Path file : files) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as("%s", file).doesNotContain(password);
            }
        }
    }

    @Test
    void aRedRunSaysWhatIsWrongWithoutStackTracesOrJava() {
        String console = redRun.output();
        assertThat(console).contains("[checklist] this checklist file could not be read: checks/red/syntax.feature:4: not Gherkin: got 'Scenaria: two'",
                "undefined step: this sentence is not in the vocabulary", "[checklist] exit status 1: an item is false",
                "[gate] exit status 1").doesNotContain("PendingException", "@Then(\"", "[ERROR]", "BUILD FAILURE")
                .doesNotContainPattern(GateRun.STACK_TRACE);
        assertThat(manifest(red).path("verdicts").toString()).isEqualTo(
                "{\"passed\":0,\"failed\":1,\"broken\":5,\"skipped\":0,\"advisory\":0}");
        digestsHold(red);
    }

    @Test
    void aRunThatSelectsNothingIsExitThreeAndSaysWhy() {
        assertThat(nothingRun.exitCode()).as(nothingRun.output()).isEqualTo(3);
        assertThat(nothingRun.output()).contains("[checklist] nothing was checked: no scenario was selected by -Dcucumber.filter.tags=\"@nomatch\" in features")
                .doesNotContainPattern(GateRun.STACK_TRACE).doesNotContain("[ERROR]");
        assertThat(nothing.root().resolve("reports/allure-report/index.html")).isRegularFile();
        assertThat(manifest(nothing).path("filters").path("tags").asText()).isEqualTo("@nomatch");
    }

    @Test
    void settingsThatCannotBeReadAreExitTwoWithReports() {
        assertThat(unreadableRun.exitCode()).as(unreadableRun.output()).isEqualTo(2);
        assertThat(unreadableRun.output()).contains("verifier.properties line 1, column ", "[checklist] exit status 2: items could not be checked")
                .doesNotContainPattern(GateRun.STACK_TRACE).doesNotContain("[ERROR]", "ExceptionInInitializerError");
        assertThat(unreadable.root().resolve("reports/run.json")).isRegularFile();
        digestsHold(unreadable);
    }

    private static JsonNode manifest(ProjectCopy copy) {
        try {
            return new ObjectMapper().readTree(copy.root().resolve("reports/run.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an auditor does: every line of SHA256SUMS matches its file, and every report file is listed. */
    private static void digestsHold(ProjectCopy copy) {
        Path reports = copy.root().resolve("reports");
        try {
            List<String> lines = Files.readAllLines(reports.resolve("SHA256SUMS"));
            for (String line : lines) {
                String[] parts = line.split("  ", 2);
                assertThat(RunReports.sha256(Files.readAllBytes(reports.resolve(parts[1])))).as(parts[1]).isEqualTo(parts[0]);
            }
            long files = copy.files("reports").stream().filter(f -> !f.endsWith("SHA256SUMS") && !f.endsWith("README.md")).count();
            assertThat(lines).hasSize((int) files).anyMatch(l -> l.endsWith("  run.json")).anyMatch(l -> l.endsWith("  allure-report/index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
