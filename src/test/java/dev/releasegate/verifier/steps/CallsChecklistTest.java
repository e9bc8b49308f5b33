package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls with defaulted, named and earlier-known arguments; result contains; primary key, exact columns, schema privileges. */
class CallsChecklistTest {

    private static Checklists.Outcome outcome;

    @BeforeAll
    static void run() {
        outcome = Checklists.run(Map.of("calls", Checklists.trackpay("calls_db", "sql/probes/calls.sql")), "checklists/probes/calls.feature");
    }

    @Test
    void callsAsPostgRestMakesThemPass() {
        for (String scenario : new String[] {"A defaulted parameter may be left out", "Named arguments, in any order",
                "An argument taken from the previous result", "Rows among a set-returning call's result", "The catalog sentences - pass"}) {
            assertThat(outcome.scenario(scenario).passed()).as(scenario + ": " + outcome.scenario(scenario).message()).isTrue();
        }
    }

    @Test
    void eachFailsSayingWhatIsWrong() {
        assertThat(outcome.scenario("A row that is not among the result - fails").message())
                .startsWith("result of the last query or call (containing): 1 problem\n  row (i=3, label=row 3): not in the result");
        assertThat(outcome.scenario("A parameter name the function does not have - broken").message())
                .isEqualTo("cannot call greet('Ada', colour => 'red') in calls: no overload of greet takes 2 argument(s) named colour"
                        + " (found greet(text, text))");
        assertThat(outcome.scenario("The primary key is other columns - fails").message())
                .startsWith("primary key of trackpay_users in calls: 1 problem\n  table trackpay_users: primary key is (id), expected (email, id)");
        assertThat(outcome.scenario("A column the list does not name - fails").message())
                .startsWith("columns of trackpay_relationship_audit in calls: 1 problem\n"
                        + "  column trackpay_relationship_audit.deleted_by: exists but is not in the list");
        assertThat(outcome.scenario("A schema the role may use - fails").message())
                .startsWith("privileges of role anon on schema public in calls: 1 problem\n  role anon on schema public: has USAGE");
    }
}
