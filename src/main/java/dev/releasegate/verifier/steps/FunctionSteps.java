package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.checks.FunctionCheck;
import io.cucumber.java.en.Then;

/** Functions (RPC): existence and who may execute them. */
public final class FunctionSteps {

    private final ScenarioContext context;

    public FunctionSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the function {function} exists")
    public void functionExists(FunctionSignature function) {
        context.report(FunctionCheck.exists(function, context.catalog().functions(), context.database().name()));
    }

    @Then("the role {role} can execute {function}")
    public void canExecute(String role, FunctionSignature function) {
        execute(role, function, true);
    }

    @Then("the role {role} cannot execute {function}")
    public void cannotExecute(String role, FunctionSignature function) {
        execute(role, function, false);
    }

    private void execute(String role, FunctionSignature function, boolean expected) {
        CatalogSnapshot catalog = context.catalog();
        context.report(FunctionCheck.execute(role, function, catalog.functions(), catalog.roles(), catalog::functionsExecutableBy,
                expected, context.database().name()));
    }
}
