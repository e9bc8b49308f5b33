package dev.releasegate.verifier.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** Hands each scenario to its context, so that evidence lands in the right place of the report. */
public final class Hooks {

    private final ScenarioContext context;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    @Before(order = 0)
    public void startScenario(Scenario scenario) {
        context.start(scenario);
    }
}
