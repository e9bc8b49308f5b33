package dev.releasegate.verifier.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** Hands each scenario to its context, so that evidence lands in the right place of the report; and ends what it began. */
public final class Hooks {

    private final ScenarioContext context;
    private final ActingRole acting;

    public Hooks(ScenarioContext context, ActingRole acting) {
        this.context = context;
        this.acting = acting;
    }

    @Before(order = 0)
    public void startScenario(Scenario scenario) {
        context.start(scenario);
    }

    /** A @writes scenario's transactions are rolled back whatever happened, before anything else is reported. */
    @After(order = 0)
    public void endScenario() {
        acting.endScenario();
    }
}
