package dev.releasegate.verifier.gate;

import dev.releasegate.verifier.report.ExitStatus;
import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of bad inputs (issue 13): each case runs the main job in-process ({@link ChecklistRun}, as
 * RunChecklistsIT does) and asserts the exit status, the first line of the message, that no stack trace reached the
 * console or a report, and that the reports were written. A few cases run end to end through Maven in {@link FreshCopyTest}.
 */
class BadInputCatalogueTest {

    @TempDir
    static Path root;
    private static String prod;
    private static int closedPort;

    @BeforeAll
    static void databases() throws IOException {
        prod = Checklists.trackpay("gate_catalogue");
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    /** One bad input: checklist files to write, how the run is asked for, what it must answer. */
    private record Case(String name, ExitStatus status, String message, Map<String, byte[]> files, List<String> paths,
                        Map<String, String> settings, UnaryOperator<RunOptions> options, Consumer<GateRun> also) {

        Case with(UnaryOperator<RunOptions> more) {
            return new Case(name, status, message, files, paths, settings, o -> more.apply(options.apply(o)), also);
        }

        Case settings(Map<String, String> more) {
            Map<String, String> all = new LinkedHashMap<>(settings);
            all.putAll(more);
            return new Case(name, status, message, files, paths, all, options, also);
        }

        Case file(String file, String text) {
            return file(file, text.getBytes(StandardCharsets.UTF_8));
        }

        Case file(String file, byte[] bytes) {
            Map<String, byte[]> all = new LinkedHashMap<>(files);
            all.put(file, bytes);
            return new Case(name, status, message, all, paths, settings, options, also);
        }

        /** Paths to run instead of every file written: relative ones are taken in the case's folder. */
        Case paths(String... given) {
            return new Case(name, status, message, files, List.of(given), settings, options, also);
        }

        Case also(Consumer<GateRun> check) {
            return new Case(name, status, message, files, paths, settings, options, also.andThen(check));
        }
    }

    private static Case bad(String name, ExitStatus status, String message) {
        return new Case(name, status, message, new LinkedHashMap<>(), List.of(), Map.of("prod", prod), o -> o, r -> { });
    }

    /** A case whose checklist is one scenario on "prod" with these steps. */
    private static Case steps(String name, ExitStatus status, String message, String... steps) {
        return bad(name, status, message).file("case.feature", scenario(steps));
    }

    /** One real table and 9,999 that do not exist: sent as several statements, never one the server cannot take. */
    private static String[] tenThousandRowCounts() {
        List<String> lines = new ArrayList<>(List.of("Then these row counts hold:", "  | table | rows |", "  | trackpay_users | 6 |"));
        for (int i = 1; i < 10_000; i++) {
            lines.add("  | missing_" + i + " | 1 |");
        }
        return lines.toArray(String[]::new);
    }

    private static String scenario(String... steps) {
        return "Feature: A case of the catalogue\n\n  Scenario: The case\n    Given the database \"prod\"\n    "
                + String.join("\n    ", steps) + "\n";
    }

    private static final String GOOD = scenario("Then the table \"trackpay_users\" exists");

    @TestFactory
    @Execution(ExecutionMode.CONCURRENT)
    Stream<DynamicTest> everyBadInputIsAnsweredWithItsStatusAndMessage() {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) throws IOException {
        Path folder = root.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-"));
        Files.createDirectories(folder);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
            written.add(path.toString());
        }
        List<String> paths = c.paths().isEmpty() ? written
                : c.paths().stream().map(p -> p.startsWith("/") || p.startsWith("classpath:") ? p : folder.resolve(p).toString()).toList();
        GateRun run = GateRun.of(folder.resolve("reports"), c.settings(), c.options(), paths.toArray(String[]::new));

        if (Boolean.getBoolean("catalogue.print")) {
            System.err.println("CASE " + c.name() + " | " + run.status() + " | " + run.firstMessage());
        }
        assertThat(run.status()).as("exit status of '%s'; console:\n%s", c.name(), run.console()).isEqualTo(c.status());
        if (c.message().isEmpty()) {
            assertThat(run.firstMessage()).as("first message of '%s'", c.name()).isEmpty();
        } else {
            assertThat(run.firstMessage()).as("first message of '%s'", c.name()).startsWith(c.message());
        }
        assertThat(run.reports().resolve("run.json")).as("run.json").isRegularFile();
        assertThat(run.reports().resolve("junit.xml")).as("junit.xml").isRegularFile();
        assertThat(run.reports().resolve("SHA256SUMS")).as("SHA256SUMS").isRegularFile();
        assertThat(run.reports().resolve("allure-results/categories.json")).as("Allure's categories").isRegularFile();
        assertThat(run.console()).as("console of '%s'", c.name()).contains("[checklist] exit status " + c.status().code());
        assertThat(run.everything()).as("no stack trace from '%s'", c.name()).doesNotContainPattern(GateRun.STACK_TRACE);
        assertThat(run.manifest().path("gate").path("exitStatus").asInt()).isEqualTo(c.status().code());
        c.also().accept(run);
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String unreachable = "postgresql://app:Unre4chable-pw@127.0.0.1:" + closedPort + "/postgres";

        // nothing checked: exit 3, and the console says why
        cases.add(bad("tags that select no scenario", ExitStatus.NOTHING_CHECKED,
                "no scenario was selected by -Dcucumber.filter.tags=\"@nomatch\" in ").file("a.feature", GOOD)
                .with(o -> o.withTags("@nomatch")).also(r -> assertThat(r.console()).contains("[checklist] nothing was checked: no scenario was selected")));
        cases.add(bad("tags that exclude every scenario", ExitStatus.NOTHING_CHECKED, "no scenario was selected by")
                .file("a.feature", "@critical\n" + GOOD).with(o -> o.withTags("not @critical")));
        cases.add(bad("a name filter that matches no scenario", ExitStatus.NOTHING_CHECKED, "no scenario was selected by")
                .file("a.feature", GOOD).with(o -> o.withName("^no such scenario$")));
        cases.add(bad("a line with no scenario on it", ExitStatus.BROKEN, "no scenario begins on line 2 of ")
                .file("a.feature", GOOD).paths("a.feature:2").also(r -> assertThat(r.firstMessage()).endsWith("begin on lines 1, 3")));
        cases.add(bad("a line past the end of the file", ExitStatus.BROKEN, "no scenario begins on line 400 of ")
                .file("a.feature", GOOD).paths("a.feature:400"));
        if (!dockerAvailable()) {
            cases.add(bad("every scenario skipped: a container without Docker", ExitStatus.NOTHING_CHECKED, "every scenario was skipped (1)")
                    .settings(Map.of("box", "testcontainers:supabase/postgres:15.8.1.060:src/test/resources/migrations/supabase-app"))
                    .file("a.feature", GOOD.replace("\"prod\"", "\"box\"")));
        }

        // the filters themselves: one clear line, exit 2, no engine run
        for (String tags : List.of("@a and", "(@a", "@a @b", "not", "@a or or @b", ")")) {
            cases.add(bad("malformed tags " + tags, ExitStatus.BROKEN, "not a tag expression (").file("a.feature", GOOD)
                    .with(o -> o.withTags(tags)).also(r -> assertThat(r.console()).contains("-Dcucumber.filter.tags=" + tags)));
        }
        cases.add(bad("a name filter that is not a regular expression", ExitStatus.BROKEN, "not a regular expression (")
                .file("a.feature", GOOD).with(o -> o.withName("[unclosed")));

        // paths that name nothing
        cases.add(bad("a feature path that does not exist", ExitStatus.BROKEN, "no such file or folder: ").paths("nope/missing.feature")
                .also(r -> assertThat(r.console()).contains("missing.feature")));
        cases.add(bad("a folder that does not exist", ExitStatus.BROKEN, "no such file or folder: ").paths("no-such-folder"));
        cases.add(bad("a missing file with a line", ExitStatus.BROKEN, "no such file or folder: ").paths("missing.feature:12"));
        cases.add(bad("a folder without checklists", ExitStatus.BROKEN, "no checklist in this folder").file("empty/README.md", "no checklists here")
                .paths("empty"));
        cases.add(bad("a missing path beside a good file", ExitStatus.BROKEN, "no such file or folder: ").file("a.feature", GOOD)
                .paths("a.feature", "missing.feature").also(r -> assertThat(r.manifest().path("verdicts").path("passed").asInt()).isEqualTo(1)));

        // files that are not checklists
        cases.add(bad("an empty feature file", ExitStatus.BROKEN, "this file holds no Feature").file("empty.feature", ""));
        cases.add(bad("a feature file of blank lines", ExitStatus.BROKEN, "this file holds no Feature").file("blank.feature", "\n\n   \n"));
        cases.add(bad("a feature file of comments only", ExitStatus.BROKEN, "this file holds no Feature").file("comments.feature", "# a comment\n# another\n"));
        cases.add(bad("a Feature without scenarios", ExitStatus.BROKEN, "this Feature has no Scenario")
                .file("bare.feature", "Feature: nothing here\n  Some description.\n"));
        cases.add(bad("a Feature with only a Background", ExitStatus.BROKEN, "this Feature has no Scenario")
                .file("background.feature", "Feature: only a background\n  Background:\n    Given the database \"prod\"\n"));
        cases.add(bad("a misspelt keyword", ExitStatus.BROKEN, "not Gherkin: got 'Scenaria: two'")
                .file("bad.feature", GOOD + "\n  Scenaria: two\n    Then the table \"x\" exists\n")
                .also(r -> assertThat(r.manifest().path("problems").get(0).path("line").asInt()).isEqualTo(7)));
        cases.add(bad("a syntax error beside a good file: the good one still runs", ExitStatus.BROKEN, "not Gherkin: ")
                .file("a-good.feature", GOOD).file("b-bad.feature", "Feature: bad\n  Scenario: x\n    Given the database \"prod\"\n  | dangling |\n  Scenaria: y\n")
                .also(r -> {
                    assertThat(r.manifest().path("verdicts").path("passed").asInt()).isEqualTo(1);
                    assertThat(r.console()).contains("b-bad.feature:5");
                }));
        cases.add(bad("a table with a cell too many", ExitStatus.BROKEN, "not Gherkin: inconsistent cell count")
                .file("cells.feature", scenario("Then these tables exist:", "  | table |", "  | a | b |")));
        cases.add(bad("a doc string that is never closed", ExitStatus.BROKEN, "not Gherkin: ")
                .file("doc.feature", scenario("When I query:", "  \"\"\"", "  select 1")));
        cases.add(bad("steps before any scenario are a description, and no scenario", ExitStatus.BROKEN, "this Feature has no Scenario")
                .file("steps.feature", "Feature: steps outside\n  Given the database \"prod\"\n"));
        cases.add(bad("two Feature lines", ExitStatus.BROKEN, "not Gherkin: got ")
                .file("two.feature", GOOD + "\nFeature: again\n"));
        cases.add(bad("an unknown language", ExitStatus.BROKEN, "not Gherkin: ")
                .file("lang.feature", "# language: xx-nowhere\n" + GOOD));
        cases.add(bad("a Markdown file named as a checklist", ExitStatus.BROKEN, "not Gherkin: ")
                .file("notes.feature", "# Notes\n\nSome *text* about the release.\n"));
        cases.add(bad("a feature file in Latin-1", ExitStatus.BROKEN, "this file is not UTF-8 (line 1 holds bytes that are not UTF-8)")
                .file("latin1.feature", ("Feature: caf\u00e9s\n\n  Scenario: caf\u00e9\n    Given the database \"prod\"\n").getBytes(StandardCharsets.ISO_8859_1))
                .also(r -> assertThat(r.console()).contains("checklist files must be saved as UTF-8")));
        cases.add(bad("a feature file in UTF-16", ExitStatus.BROKEN, "this file is not UTF-8").file("utf16.feature", GOOD.getBytes(StandardCharsets.UTF_16)));
        cases.add(bad("a feature file in Windows-1252 with smart quotes", ExitStatus.BROKEN, "this file is not UTF-8 (line 5")
                .file("cp1252.feature", scenario("Then the table \u201ctrackpay_users\u201d exists").getBytes(Charset.forName("windows-1252"))));
        cases.add(bad("three bad files and a good one", ExitStatus.BROKEN, "this file holds no Feature").file("a.feature", GOOD).file("b.feature", "")
                .file("c.feature", "Feature: c\n  Scenaria: c\n").file("d.feature", "Feature: d\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))
                .also(r -> {
                    assertThat(r.manifest().path("problems")).hasSize(3);
                    assertThat(r.manifest().path("verdicts").path("passed").asInt()).isEqualTo(1);
                    assertThat(r.text(r.reports().resolve("junit.xml"))).contains("errors=\"3\"");
                }));

        // files that are fine, though unusual: they must not be refused
        cases.add(bad("a UTF-8 file with a byte order mark", ExitStatus.HELD, "").file("bom.feature", ("\uFEFF" + GOOD)));
        cases.add(bad("Windows line endings", ExitStatus.HELD, "").file("crlf.feature", GOOD.replace("\n", "\r\n")));
        cases.add(bad("tabs for indentation", ExitStatus.HELD, "").file("tabs.feature", GOOD.replace("    ", "\t\t").replace("  ", "\t")));
        cases.add(bad("Gherkin keywords in French", ExitStatus.HELD, "")
                .file("fr.feature", "# language: fr\nFonctionnalité: en français\n\n  Scénario: la table\n    Soit the database \"prod\"\n"
                        + "    Alors the table \"trackpay_users\" exists\n"));
        cases.add(bad("the same file named twice runs once", ExitStatus.HELD, "").file("a.feature", GOOD).paths("a.feature", "a.feature")
                .also(r -> assertThat(r.manifest().path("scenarios")).hasSize(1)));
        cases.add(bad("a line that holds a scenario", ExitStatus.HELD, "").file("a.feature", GOOD + "\n  Scenario: two\n    Given the database \"nowhere\"\n")
                .paths("a.feature:3").also(r -> assertThat(r.manifest().path("filters").path("features").get(0).asText()).endsWith("a.feature:3")));

        // steps that are not sentences of the vocabulary: broken, and never a Java snippet
        cases.add(steps("an undefined step", ExitStatus.BROKEN, "undefined step: this sentence is not in the vocabulary",
                "Then the moon is made of \"cheese\"").also(BadInputCatalogueTest::noSnippet));
        cases.add(steps("an undefined step with a data table", ExitStatus.BROKEN, "undefined step: ",
                "Then these moons exist:", "  | moon |", "  | io   |").also(BadInputCatalogueTest::noSnippet));
        cases.add(steps("a sentence with a word changed", ExitStatus.BROKEN, "undefined step: ",
                "Then the tabel \"trackpay_users\" exists").also(BadInputCatalogueTest::noSnippet));
        cases.add(steps("an unknown foreign key rule", ExitStatus.BROKEN, "unknown foreign key rule 'CASCADES'",
                "Then every foreign key from \"trackpay_payments\" has delete rule CASCADES"));
        cases.add(steps("an unknown policy command", ExitStatus.BROKEN, "unknown policy command 'SELEKT': use one of SELECT,",
                "Then the table \"trackpay_users\" has no SELEKT policy"));
        cases.add(steps("a negative row count", ExitStatus.BROKEN, "'-1' is not a row count: a count is 0 or more",
                "Then the table \"trackpay_users\" has -1 rows"));
        cases.add(steps("a row count of 20 digits", ExitStatus.BROKEN, "'99999999999999999999' is not a row count this verifier can check",
                "Then the table \"trackpay_users\" has 99999999999999999999 rows"));
        cases.add(steps("an empty table of expectations", ExitStatus.BROKEN, "the list is empty: name at least one table",
                "Then these tables exist:", "  | table |"));
        cases.add(steps("a column a one-column list does not read", ExitStatus.BROKEN, "unknown column 'rls' in the table: use table",
                "Then these tables exist:", "  | table          | rls |", "  | trackpay_users | yes |"));
        cases.add(steps("a column a table of expectations does not read", ExitStatus.BROKEN,
                "unknown column 'forced' in the table: use table, references, columns, on delete, on update",
                "Then these foreign keys exist:", "  | table             | references     | forced |",
                "  | trackpay_payments | trackpay_users | yes    |"));
        cases.add(steps("a header and no rows", ExitStatus.BROKEN, "the table has a header but no rows",
                "Then these foreign keys exist:", "  | table | references |"));
        cases.add(steps("ten thousand row counts at once", ExitStatus.FAILED, "row counts in prod: 9999 problems",
                tenThousandRowCounts()));
        cases.add(steps("a pattern that matches no table", ExitStatus.FAILED, "row level security on tables matching nothing_here_% in prod",
                "Then row level security is enabled on every table matching \"nothing_here_%\"")
                .also(r -> assertThat(r.console()).contains("tables matching nothing_here_%: none found")));
        cases.add(steps("a step before the database is chosen", ExitStatus.BROKEN, "no database chosen for this step")
                .file("case.feature", "Feature: f\n  Scenario: s\n    Then the table \"trackpay_users\" exists\n"));
        cases.add(steps("a value from an environment variable that is not set", ExitStatus.BROKEN,
                "${GATE_CATALOGUE_NOT_SET_ANYWHERE} is not set: export GATE_CATALOGUE_NOT_SET_ANYWHERE=...",
                "Then the table \"${GATE_CATALOGUE_NOT_SET_ANYWHERE}\" exists"));
        cases.add(steps("SQL that does not parse", ExitStatus.BROKEN, "'selec' statements are not run by When I query",
                "When I query:", "  \"\"\"", "  selec 1", "  \"\"\""));
        cases.add(steps("a predicate that writes", ExitStatus.BROKEN, "the condition \"id in (select id from trackpay_users) ; delete from trackpay_users\" holds a ';'",
                "Then no row of \"trackpay_users\" satisfies \"id in (select id from trackpay_users) ; delete from trackpay_users\""));
        cases.add(steps("a query that ends the transaction", ExitStatus.BROKEN, "'commit' statements are not run by When I query",
                "When I query:", "  \"\"\"", "  commit", "  \"\"\""));
        cases.add(steps("a role that does not exist", ExitStatus.BROKEN, "role 'nobody_at_all' does not exist in prod",
                "Then the role \"nobody_at_all\" cannot execute \"delete_client_relationship_safely(uuid)\""));

        // databases that cannot be reached or are not configured
        cases.add(bad("a database that is not configured", ExitStatus.BROKEN, "database 'reporting' is not configured")
                .file("a.feature", GOOD.replace("\"prod\"", "\"reporting\"")));
        cases.add(bad("a demo's name without its demo- prefix never falls back to the demo", ExitStatus.BROKEN,
                "database 'production' is not configured").file("a.feature", GOOD.replace("\"prod\"", "\"production\""))
                .also(r -> assertThat(r.firstMessage()).contains("the demonstration database of that name is \"demo-production\"")));
        cases.add(bad("a demo that does not exist", ExitStatus.BROKEN, "database 'demo-nosuch' is not configured")
                .file("a.feature", GOOD.replace("\"prod\"", "\"demo-nosuch\"")));
        cases.add(bad("an unreachable host", ExitStatus.BROKEN, "could not connect to database down").settings(Map.of("down", unreachable))
                .file("a.feature", GOOD.replace("\"prod\"", "\"down\"")).also(r -> assertThat(r.everything()).doesNotContain("Unre4chable-pw")));
        cases.add(bad("a wrong password", ExitStatus.BROKEN, "could not connect to database wrongpw")
                .settings(Map.of("wrongpw", prod.replace("user=postgres", "user=nobody_here&password=Wr0ng-pw!")))
                .file("a.feature", GOOD.replace("\"prod\"", "\"wrongpw\"")).also(r -> assertThat(r.everything()).doesNotContain("Wr0ng-pw!")));
        cases.add(bad("a URL of another database system", ExitStatus.BROKEN, "'mysql://u:*****@localhost:3306/x' is not a database address").settings(Map.of("my", "mysql://u:p@localhost:3306/x"))
                .file("a.feature", GOOD.replace("\"prod\"", "\"my\"")));
        cases.add(bad("a URL with a port that is not a number", ExitStatus.BROKEN,
                "the port 'notaport' in postgresql://u:*****@localhost:notaport/x is not a port number").settings(Map.of("badport", "postgresql://u:Port-pw1@localhost:notaport/x"))
                .file("a.feature", GOOD.replace("\"prod\"", "\"badport\"")).also(r -> assertThat(r.everything()).doesNotContain("Port-pw1")));
        cases.add(bad("a URL whose password holds a raw @", ExitStatus.BROKEN, "the user name or password in postgresql://leaky:*****@127.0.0.1:").settings(Map.of("leaky", "postgresql://leaky:Secret@Leak99@127.0.0.1:" + closedPort + "/app"))
                .file("a.feature", GOOD.replace("\"prod\"", "\"leaky\"")).also(r -> {
                    assertThat(r.firstMessage()).contains("holds a raw '@': percent-encode");
                    assertThat(r.everything()).doesNotContain("Leak99", "Secret@");
                }));
        cases.add(bad("a host name that does not resolve", ExitStatus.BROKEN, "could not connect to database nohost (postgresql://u:*****@no-such-host.invalid:5432/x): the host name").settings(Map.of("nohost", "postgresql://u:NoHost-pw1@no-such-host.invalid:5432/x"))
                .file("a.feature", GOOD.replace("\"prod\"", "\"nohost\"")).also(r -> {
                    assertThat(r.firstMessage()).contains("no-such-host.invalid");
                    assertThat(r.everything()).doesNotContain("NoHost-pw1");
                }));
        cases.add(bad("a URL from a ${...} that is not set", ExitStatus.BROKEN, "${GATE_CATALOGUE_URL_NOT_SET} is not set: ")
                .settings(Map.of("fromenv", "${GATE_CATALOGUE_URL_NOT_SET}")).file("a.feature", GOOD.replace("\"prod\"", "\"fromenv\"")));
        cases.add(bad("an embedded folder that does not exist", ExitStatus.BROKEN, "the migrations folder ").settings(Map.of("nofolder", "embedded:no/such/folder"))
                .file("a.feature", GOOD.replace("\"prod\"", "\"nofolder\"")));
        cases.add(bad("an embedded folder whose migration fails", ExitStatus.BROKEN, "database 'brokenmig': migration src/test/resources/migrations/broken/supabase/migrations/20240102000000_add_totals.sql failed at line 6: ")
                .settings(Map.of("brokenmig", "embedded:src/test/resources/migrations/broken"))
                .file("a.feature", GOOD.replace("\"prod\"", "\"brokenmig\"")));
        cases.add(bad("a statement timeout that is not a number", ExitStatus.BROKEN, "verify.statement-timeout-ms is 'abc' (set by ")
                .settings(Map.of("verify.statement-timeout-ms", "abc")).file("a.feature", GOOD));
        cases.add(bad("a statement timeout of 0 does not switch the timeout off", ExitStatus.BROKEN, "verify.statement-timeout-ms is '0' (set by ")
                .settings(Map.of("verify.statement-timeout-ms", "0")).file("a.feature", GOOD));

        // items that are false: exit 1, which outranks broken; advisory findings do not fail the gate
        cases.add(steps("a table that does not exist", ExitStatus.FAILED, "tables in prod: 1 problem", "Then the table \"trackpay_nothing\" exists")
                .also(r -> assertThat(r.console()).contains("trackpay_nothing")));
        cases.add(steps("a row count that is wrong", ExitStatus.FAILED, "rows of trackpay_users in prod: 1 problem",
                "Then the table \"trackpay_users\" has 99 rows"));
        cases.add(steps("a name with quotes and semicolons is a name, never SQL", ExitStatus.FAILED, "tables in prod: 1 problem",
                "Then the table \"users'; drop table trackpay_users; --\" exists"));
        cases.add(steps("a false item and a broken one: false outranks", ExitStatus.FAILED, "undefined step: ",
                "Then the table \"trackpay_users\" has 99 rows").file("b.feature", scenario("Then the moon is made of \"cheese\"")));
        cases.add(bad("an advisory false item does not fail the gate", ExitStatus.HELD, "rows of trackpay_users in prod: 1 problem")
                .file("a.feature", "@advisory\n" + scenario("Then the table \"trackpay_users\" has 99 rows")).also(r -> {
                    assertThat(r.manifest().path("advisories")).hasSize(1);
                    assertThat(r.manifest().path("verdicts").path("advisory").asInt()).isEqualTo(1);
                    assertThat(r.console()).contains("[checklist] advisory: false, and they do not fail the gate", "ADVISORY");
                }));
        cases.add(bad("an advisory finding beside a false item", ExitStatus.FAILED, "rows of trackpay_users in prod: 1 problem")
                .file("a.feature", "@advisory\n" + scenario("Then the table \"trackpay_users\" has 99 rows"))
                .file("b.feature", scenario("Then the table \"trackpay_users\" has 98 rows")));
        cases.add(bad("an advisory scenario that cannot be checked is broken", ExitStatus.BROKEN, "undefined step: ")
                .file("a.feature", "@advisory\n" + scenario("Then the moon is made of \"cheese\"")));
        cases.add(bad("a huge table of expected tables", ExitStatus.FAILED, "tables in prod: 2000 problems")
                .file("a.feature", scenario("Then these tables exist:", "  | table |" + hugeTable(2000))));
        cases.add(bad("every item holds", ExitStatus.HELD, "").file("a.feature", GOOD));
        return cases;
    }

    private static String hugeTable(int rows) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            out.append("\n      | no_such_table_").append(i).append(" |");
        }
        return out.toString();
    }

    /** QA do not write Java: Cucumber's snippet for an undefined step appears nowhere. */
    private static void noSnippet(GateRun run) {
        assertThat(run.everything()).doesNotContain("PendingException", "@Then(\"", "Write code here");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
