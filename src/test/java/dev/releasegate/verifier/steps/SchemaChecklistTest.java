package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema-object, function and setting sentences pass on a prepared database, and fail there with their messages. */
class SchemaChecklistTest {

    private static Checklists.Outcome failing;
    private static String prepared;

    @BeforeAll
    static void database() {
        prepared = Checklists.database("schema_prepared", "demo/supabase-base.sql", "sql/schema/prepared.sql");
        failing = Checklists.run(Map.of("production", prepared), "checklists/schema/failing.feature");
    }

    @Test
    void everySentencePassesOnThePreparedDatabase() {
        Checklists.Outcome outcome = Checklists.run(Map.of("production", prepared), "checklists/schema/passing.feature");
        assertThat(outcome.scenarios()).hasSize(6);
        assertThat(outcome.allMessages()).isEmpty();
    }

    private static String message(String scenario) {
        Checklists.ScenarioOutcome outcome = failing.scenario(scenario);
        assertThat(outcome.passed()).as(scenario).isFalse();
        return outcome.message();
    }

    @Test
    void aMissingSchema() {
        assertThat(message("A missing schema")).startsWith("schema archive in production: 1 problem\n  schema archive: does not exist (schemas: ");
    }

    @Test
    void wrongColumns() {
        assertThat(message("Wrong columns")).startsWith("""
                columns of profiles in production: 5 problems
                  column profiles.id: type is uuid, expected text
                  column profiles.email: is not null, expected nullable
                  column profiles.score: default is 0, expected 1
                  column profiles.nickname: has no default, expected 'anon'
                  column profiles.phone: does not exist (the table has id, email, role, score, is_active, created_at, nickname)""");
    }

    @Test
    void enumLabels() {
        assertThat(message("Enum labels missing, unexpected and out of order")).startsWith("""
                labels of enum user_role in production: 3 problems
                  enum user_role: label guest is missing
                  enum user_role: label admin is not in the list
                  enum user_role: labels are in the order traveler, vendor, expected vendor, traveler""");
    }

    @Test
    void extensions() {
        assertThat(message("A missing extension")).startsWith("extensions in production: 2 problems\n"
                + "  extension pg_trgm: is not installed (installed: pgcrypto, plpgsql, uuid-ossp)\n"
                + "  extension pgcrypto: is in schema extensions, expected public");
    }

    @Test
    void functionProperties() {
        assertThat(message("Function properties differ")).startsWith("functions in production: 1 problem\n"
                + "  function leaky_definer(): returns integer, expected bigint; language is sql, expected plpgsql; "
                + "is security definer, expected security invoker; has no fixed search path, expected public");
        assertThat(message("An unknown security word")).isEqualTo("unknown security 'owner': use one of definer, invoker");
    }

    @Test
    void definitions() {
        assertThat(message("A definition without the text")).startsWith("definition of profile_count() in production: 1 problem\n"
                + "  function profile_count(): definition does not contain \"auth.uid()\"");
        assertThat(message("An overloaded function named without its arguments"))
                .isEqualTo("function greet has 2 overloads: name one of greet(integer), greet(text)");
        assertThat(message("A definer function without a fixed search path")).startsWith(
                "security definer functions in schema public in production: 1 problem\n"
                        + "  function leaky_definer(): security definer without a fixed search path (add SET search_path = ... to the function)");
    }

    @Test
    void settings() {
        assertThat(message("A setting with another value"))
                .startsWith("setting wal_level in production: 1 problem\n  setting wal_level: is replica, expected logical");
        assertThat(message("A setting below its minimum"))
                .startsWith("setting max_connections in production: 1 problem\n  setting max_connections: is 200, expected at least 1000");
        assertThat(message("An unknown setting")).isEqualTo(
                "there is no setting 'max_conections' in production (names are those of pg_settings and SHOW; did you mean max_connections?)");
    }
}
