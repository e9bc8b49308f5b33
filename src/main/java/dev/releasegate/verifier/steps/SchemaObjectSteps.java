package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.ColumnCheck;
import dev.releasegate.verifier.checks.ColumnExpectation;
import dev.releasegate.verifier.checks.EnumCheck;
import dev.releasegate.verifier.checks.ExtensionCheck;
import dev.releasegate.verifier.checks.ExtensionExpectation;
import dev.releasegate.verifier.checks.SchemaCheck;
import io.cucumber.java.en.Then;

import java.util.List;

/** Schema objects beyond tables and views: schemas, columns, enums, extensions. */
public final class SchemaObjectSteps {

    private final ScenarioContext context;

    public SchemaObjectSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the schema {schema} exists")
    public void schemaExists(String schema) {
        context.report(SchemaCheck.exists(schema, context.catalog().schemas(), context.database().name()));
    }

    @Then("the table {name} has these columns:")
    public void tableHasColumns(QualifiedName table, List<ColumnExpectation> expected) {
        CatalogSnapshot catalog = context.catalog();
        context.report(ColumnCheck.has(table, catalog.relation(table).isPresent(), expected, catalog.columnsOf(table), context.database().name()));
    }

    @Then("the table {name} has exactly these columns:")
    public void tableHasExactlyColumns(QualifiedName table, List<ColumnExpectation> expected) {
        CatalogSnapshot catalog = context.catalog();
        context.report(ColumnCheck.exactly(table, catalog.relation(table).isPresent(), expected, catalog.columnsOf(table),
                context.database().name()));
    }

    @Then("the enum {name} has these labels:")
    public void enumHasLabels(QualifiedName name, Listed.Labels labels) {
        context.report(EnumCheck.hasLabels(name, labels.labels(), context.catalog().enums(), context.database().name()));
    }

    @Then("these extensions are installed:")
    public void extensionsInstalled(List<ExtensionExpectation> expected) {
        context.report(ExtensionCheck.installed(expected, context.catalog().extensions(), context.database().name()));
    }
}
