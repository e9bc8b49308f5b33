package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.checks.TriggerCheck;
import dev.releasegate.verifier.checks.TriggerExpectation;
import io.cucumber.java.en.Then;

import java.util.List;

/** Triggers: that they exist as written, and that they fire. */
public final class TriggerSteps {

    private final ScenarioContext context;

    public TriggerSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these triggers exist:")
    public void theseTriggersExist(List<TriggerExpectation> expected) {
        CatalogSnapshot catalog = context.catalog();
        context.report(TriggerCheck.exist(expected, catalog.onTables(expected.stream().map(TriggerExpectation::table).toList(),
                catalog::triggersOn), context.database().name()));
    }

    @Then("every trigger on tables matching {pattern} is enabled")
    public void everyTriggerEnabled(NamePattern pattern) {
        CatalogSnapshot catalog = context.catalog();
        context.report(TriggerCheck.everyEnabled("matching " + pattern, catalog.tableNamesMatching(pattern), catalog.triggers(),
                context.database().name()));
    }
}
