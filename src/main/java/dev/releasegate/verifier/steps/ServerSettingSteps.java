package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.checks.SettingCheck;
import io.cucumber.java.en.Then;

/** Server settings, as pg_settings reports them to the verifier's session. */
@ReportedAs(FailureCategory.SCHEMA_DRIFT)
public final class ServerSettingSteps {

    private final ScenarioContext context;

    public ServerSettingSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the setting {string} is {string}")
    public void settingIs(String name, String value) {
        CatalogSnapshot catalog = context.catalog();
        context.report(SettingCheck.is(expand(name), expand(value), catalog.serverSettings(), context.database().name()), catalog, "settings");
    }

    /** A number in the unit PostgreSQL reports (max_connections: 100), or with a unit of its own (128MB, 5s). */
    @Then("the setting {string} is at least {word}")
    public void settingIsAtLeast(String name, String minimum) {
        CatalogSnapshot catalog = context.catalog();
        context.report(SettingCheck.atLeast(expand(name), expand(minimum), catalog.serverSettings(), context.database().name()),
                catalog, "settings");
    }

    private String expand(String text) {
        return context.run().values().expand(text);
    }
}
