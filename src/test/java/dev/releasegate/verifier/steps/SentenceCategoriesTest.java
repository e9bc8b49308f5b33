package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.project.AamodhaProjects;
import dev.releasegate.verifier.project.FakeManagementApi;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.releasegate.verifier.outcome.FailureCategory.DATA_INTEGRITY;
import static dev.releasegate.verifier.outcome.FailureCategory.DATA_LOSS;
import static dev.releasegate.verifier.outcome.FailureCategory.PERFORMANCE;
import static dev.releasegate.verifier.outcome.FailureCategory.SCHEMA_DRIFT;
import static dev.releasegate.verifier.outcome.FailureCategory.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence the verifier understands, with the category a false item is filed under: the list is pinned here,
 * it must name every step definition, and each sentence is shown false (checklists/categories) in its category.
 */
class SentenceCategoriesTest {

    /** The sentences that set a scenario up: never false, only broken when they cannot be done. */
    static final Set<String> SET_UP = Set.of("the database {database}", "I act as the role {role}", "I act as the {role} user {text}",
            "I act as the {role} user {text} with claims:", "I query:", "I query {database}:",
            "the row counts of tables matching {pattern} in {database} are recorded as {record}", "the Supabase project {project}",
            "the user {text} exists", "I act as the user {text}");

    static final Map<String, FailureCategory> CATEGORIES = new LinkedHashMap<>();

    static {
        for (String sentence : List.of("the table {name} exists", "the table {name} does not exist", "these tables exist:",
                "these views exist:", "exactly these tables match {pattern}:", "exactly these tables exist in schema {schema}:",
                "{count} table(s) match(es) {pattern}", "the schema {schema} exists", "the table {name} has these columns:",
                "the enum {name} has these labels:", "these extensions are installed:", "these foreign keys exist:",
                "every table matching {pattern} has a primary key", "these indexes exist:",
                "every foreign key in schema {schema} is covered by an index",
                "every foreign key from tables matching {pattern} is covered by an index", "the function {function} exists",
                "these triggers exist:", "every trigger on tables matching {pattern} is enabled",
                "every sequence in schema {schema} is ahead of its column's highest value", "these storage buckets exist:",
                "these scheduled jobs exist:", "the setting {text} is {text}", "the setting {text} is at least {word}",
                "these migrations are applied:", "the applied migrations match the files in {text}",
                "the applied migrations are the same in {database} and {database}", "the latest applied migration is {text}",
                "the query plan uses the index {text}", "the query plan has no sequential scan on {name}",
                "the query completes in under {count} ms", "I call {text}",
                "the schema {schema} is identical in {database} and {database}",
                "the schema {schema} is identical in {database} and {database}, ignoring:",
                "these Edge Functions are deployed:", "exactly these Edge Functions are deployed:",
                "the Edge Function {edgeFunction} is not deployed", "the project's database is PostgreSQL {int} or later",
                "the primary key of {name} is {columnTuple}", "the table {name} has exactly these columns:",
                "these rows exist in {name}:")) {
            CATEGORIES.put(sentence, SCHEMA_DRIFT);
        }
        for (String sentence : List.of("row level security is enabled on {name}", "row level security is forced on {name}",
                "row level security is enabled on these tables:", "row level security is enabled on every table matching {pattern}",
                "row level security is enabled on every table in schema {schema}",
                "row level security is enabled on every table in schema {schema}, except:", "these policies exist:",
                "exactly these policies exist on {name}:", "the table {name} has no {command} policy",
                "every table with row level security enabled has at least one policy", "these privileges are granted:",
                "the role {role} has no privileges on {object}", "the role {role} has exactly these privileges on {object}: {privileges}",
                "these functions exist:", "the role {role} can execute {function}",
                "the role {role} cannot execute {function}", "the definition of {function} contains {text}",
                "every security definer function in schema {schema} has a fixed search path", "I see {count} row(s) in {name}",
                "I see no rows in {name}", "reading {name} is denied", "reading {name} is denied with {text}", "it fails",
                "it fails with {text}", "it fails with SQLSTATE {text}", "the call fails with {text}", "the call succeeds",
                "the call returns:", "the database has no security findings", "the database has no security findings, except:",
                "the database has no security findings at level {findingLevel} or above",
                "the database has no security findings at level {findingLevel} or above, except:",
                "the role {role} has no privileges on schema {schema}",
                "these secrets are set:", "the secret {projectSecret} differs between {project} and {project}",
                "these secrets differ between {project} and {project}:", "the auth setting {text} is {text}",
                "the auth setting {text} contains {text}", "the auth setting {text} does not contain {text}")) {
            CATEGORIES.put(sentence, SECURITY);
        }
        for (String sentence : List.of("every foreign key from {name} has delete rule {rule}",
                "every foreign key referencing {name} has delete rule {rule}", "no foreign key referencing {name} has delete rule {rule}",
                "no foreign key referencing {name} has delete rule {rule}, except:", "the table {name} has {count} row(s)",
                "the table {name} has at least {count} row(s)", "the table {name} is empty", "these row counts hold:",
                "the row counts of tables matching {pattern} are equal in {database} and {database}",
                "the row counts of tables matching {pattern} are equal in {database} and {database}, except:",
                "the row counts of every table in schema {schema} are equal in {database} and {database}",
                "the row counts of tables matching {pattern} in {database} equal the record {record}",
                "the rows of {name} are identical in {database} and {database}",
                "the rows of every table matching {pattern} are identical in {database} and {database}",
                "every row of {name} in {database} is still in {database}",
                "every row of {name} in {database} is still in {database}(,) except rows where {predicate}",
                "the row counts of these tables are equal in {database} and {database}:",
                "the result of this query is the same in {database} and {database}:",
                "the result of this query is the same in {database} and {database} within {percent}:")) {
            CATEGORIES.put(sentence, DATA_LOSS);
        }
        for (String sentence : List.of("no row of {name} references a missing {name} through {columnList}",
                "every row of {name} where {predicate} has a matching {name} through {columnList}", "no row of {name} satisfies {predicate}",
                "{tableColumn} has no duplicate values", "{tableColumn} has no duplicate values where {predicate}",
                "every {tableColumn} matches {valuePattern}", "the rows of {name} with {columnName} include:",
                "{tableColumn} differs between {database} and {database} where {columnName} is:", "the result is:",
                "the result is, in any order:", "the result is empty", "the result has {count} row(s)", "the result contains:",
                "every row of {name} has a matching {name} on {predicate}",
                "every row of {name} where {predicate} has a matching {name} on {predicate}", "{expression} is unique in {name}",
                "{expression} is unique in {name} where {predicate}", "{tally} equals {tally}",
                "the newest {columnName} in {name} is at most {duration} old")) {
            CATEGORIES.put(sentence, DATA_INTEGRITY);
        }
        for (String sentence : List.of("the database has no performance findings", "the database has no performance findings, except:",
                "the database has no performance findings at level {findingLevel} or above",
                "the database has no performance findings at level {findingLevel} or above, except:")) {
            CATEGORIES.put(sentence, PERFORMANCE);
        }
    }

    @TempDir
    static Path baselines;
    private static Checklists.Outcome outcome;
    /** The Supabase project sentences read a local stand-in for the Management API, holding a target that drifted. */
    private static FakeManagementApi managementApi;

    @BeforeAll
    static void runEverySentenceFalse() throws Exception {
        Files.writeString(baselines.resolve("pre-cutover.json"), """
                {"record": "pre-cutover", "database": "staging", "recorded_at": "2026-01-02T03:04:05Z",
                 "row_counts": {"public.trackpay_activities": 12, "public.trackpay_users": 6}}
                """);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("core", Checklists.trackpay("categories_core", "sql/foundation/legacy.sql", "sql/categories/unindexed.sql"));
        settings.put("broken", Checklists.trackpay("categories_broken", "demo/trackpay-broken-production.sql"));
        settings.put("nohistory", Checklists.database("categories_nohistory"));
        settings.put("verify.baselines.dir", baselines.toString());
        managementApi = FakeManagementApi.start("sbp_categories").project(AamodhaProjects.driftedProduction()).project(AamodhaProjects.staging());
        settings.putAll(ProjectRun.settings(managementApi.url(), "sbp_categories", Map.of("drifted", AamodhaProjects.PRODUCTION_REF,
                "staging", AamodhaProjects.STAGING_REF), Map.of()));
        outcome = Checklists.run(settings, "checklists/categories/every-sentence-false.feature");
    }

    @AfterAll
    static void stopManagementApi() {
        managementApi.close();
    }

    @Test
    void everySentenceHasACategoryOrSetsTheScenarioUp() {
        Set<String> defined = new TreeSet<>(stepDefinitions());
        Set<String> listed = new TreeSet<>(CATEGORIES.keySet());
        listed.addAll(SET_UP);
        assertThat(listed).as("sentences listed here and step definitions").isEqualTo(defined);
    }

    @Test
    void everySentenceIsShownFalseInItsCategory() {
        List<String> wrong = new ArrayList<>();
        CATEGORIES.forEach((sentence, category) -> {
            Checklists.ScenarioOutcome scenario = outcome.scenario(sentence);
            if (!(scenario.failure() instanceof ChecklistItemFailed failed) || failed.category() != category) {
                wrong.add(sentence + ": expected a false item in " + category.label() + ", got " + scenario.status() + " "
                        + (scenario.failure() == null ? "" : scenario.failure().toString().lines().findFirst().orElse("")));
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(outcome.scenarios()).hasSize(CATEGORIES.size());
    }

    static List<String> stepDefinitions() {
        List<String> sentences = new ArrayList<>();
        for (Class<?> steps : StepClasses.ALL) {
            for (Method method : steps.getDeclaredMethods()) {
                Given given = method.getAnnotation(Given.class);
                When when = method.getAnnotation(When.class);
                Then then = method.getAnnotation(Then.class);
                if (given != null) {
                    sentences.add(given.value());
                }
                if (when != null) {
                    sentences.add(when.value());
                }
                if (then != null) {
                    sentences.add(then.value());
                }
            }
        }
        return sentences;
    }
}
