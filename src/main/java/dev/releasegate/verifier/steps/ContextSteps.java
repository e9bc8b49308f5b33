package dev.releasegate.verifier.steps;

import io.cucumber.java.en.Given;

/** "Given the database ..." */
public final class ContextSteps {

    private final ScenarioContext context;

    public ContextSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the database {database}")
    public void theDatabase(String name) {
        context.useDatabase(name);
    }
}
