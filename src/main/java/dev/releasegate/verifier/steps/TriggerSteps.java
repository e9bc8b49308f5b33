package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.TriggerEvent;
import dev.releasegate.verifier.catalog.TriggerTiming;
import dev.releasegate.verifier.checks.TriggerCheck;
import dev.releasegate.verifier.checks.TriggerExpectation;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Set;

/** Triggers: that they exist as written, and that they fire. */
@ReportedAs(FailureCategory.SCHEMA_DRIFT)
public final class TriggerSteps {

    private final ScenarioContext context;

    public TriggerSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these triggers exist:")
    public void theseTriggersExist(DataTable table) {
        String schema = context.run().defaultSchema();
        List<TriggerExpectation> expected = TableRows.read(table, context.run().values(), Set.of("table", "trigger"),
                Set.of("timing", "events", "function", "enabled")).stream().map(row -> new TriggerExpectation(
                QualifiedName.parse(row.required("table"), schema), row.required("trigger"),
                row.get("timing").map(TriggerTiming::fromWords),
                row.get("events").map(TriggerEvent::parseList),
                row.get("function").map(f -> QualifiedName.parse(f.endsWith("()") ? f.substring(0, f.length() - 2) : f, schema)),
                TableRows.yesNo(row.get("enabled"), "enabled"))).toList();
        CatalogSnapshot catalog = context.catalog();
        context.report(TriggerCheck.exist(expected, catalog.onTables(expected.stream().map(TriggerExpectation::table).toList(), catalog::triggersOn),
                context.database().name()), catalog, "triggers");
    }

    @Then("every trigger on tables matching {pattern} is enabled")
    public void everyTriggerEnabled(NamePattern pattern) {
        CatalogSnapshot catalog = context.catalog();
        List<QualifiedName> tables = catalog.tablesMatching(pattern).stream().map(Relation::name).toList();
        context.report(TriggerCheck.everyEnabled("matching " + pattern, tables, catalog.triggers(), context.database().name()),
                catalog, "relations", "triggers");
    }
}
