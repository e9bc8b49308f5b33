package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.SettingCheck;
import io.cucumber.java.en.Then;

/** Server settings, as pg_settings reports them to the verifier's session. */
public final class ServerSettingSteps {

    private final ScenarioContext context;

    public ServerSettingSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the setting {text} is {text}")
    public void settingIs(String name, String value) {
        context.report(SettingCheck.is(name, value, context.catalog().serverSettings(), context.database().name()));
    }

    /** A number in the unit PostgreSQL reports (max_connections: 100), or with a unit of its own (128MB, 5s). */
    @Then("the setting {text} is at least {word}")
    public void settingIsAtLeast(String name, String minimum) {
        context.report(SettingCheck.atLeast(name, context.run().values().expand(minimum), context.catalog().serverSettings(),
                context.database().name()));
    }
}
