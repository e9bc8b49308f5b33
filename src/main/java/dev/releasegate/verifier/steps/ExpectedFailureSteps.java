package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.ExpectedError;
import dev.releasegate.verifier.checks.ProbeCheck;
import io.cucumber.java.en.Then;

/**
 * Errors a checklist expects of its last statement, call or set-up step, as pgTAP's throws_ok does: a statement
 * expected to fail that succeeds is a false item, and one that fails otherwise shows both errors.
 */
public final class ExpectedFailureSteps {

    private final ScenarioContext context;
    private final ActingRole acting;

    public ExpectedFailureSteps(ScenarioContext context, ActingRole acting) {
        this.context = context;
        this.acting = acting;
    }

    @Then("it fails")
    public void itFails() {
        expect(ExpectedError.any());
    }

    @Then("it fails with {text}")
    public void itFailsWith(String message) {
        expect(ExpectedError.withMessage(message));
    }

    @Then("it fails with SQLSTATE {text}")
    public void itFailsWithSqlState(String sqlState) {
        expect(ExpectedError.withSqlState(sqlState));
    }

    private void expect(ExpectedError expected) {
        String statement = (acting.lastWasCall() ? "call " : "") + acting.lastStatement();
        context.report(ProbeCheck.fails(statement, acting.lastWasCall(), expected, acting.lastOutcome()));
    }
}
