package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.ColumnCheck;
import dev.releasegate.verifier.checks.ColumnExpectation;
import dev.releasegate.verifier.checks.EnumCheck;
import dev.releasegate.verifier.checks.ExtensionCheck;
import dev.releasegate.verifier.checks.ExtensionExpectation;
import dev.releasegate.verifier.checks.SchemaCheck;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Set;

/** Schema objects beyond tables and views: schemas, columns, enums, extensions. */
@ReportedAs(FailureCategory.SCHEMA_DRIFT)
public final class SchemaObjectSteps {

    private final ScenarioContext context;

    public SchemaObjectSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the schema {schema} exists")
    public void schemaExists(String schema) {
        CatalogSnapshot catalog = context.catalog();
        context.report(SchemaCheck.exists(schema, catalog.schemas(), context.database().name()), catalog, "schemas");
    }

    @Then("the table {name} has these columns:")
    public void tableHasColumns(QualifiedName table, DataTable columns) {
        List<ColumnExpectation> expected = TableRows.read(columns, context.run().values(), Set.of("column"), Set.of("type", "nullable", "default"))
                .stream().map(row -> new ColumnExpectation(row.required("column"), row.get("type"),
                        TableRows.yesNo(row.get("nullable"), "nullable"), row.get("default"))).toList();
        CatalogSnapshot catalog = context.catalog();
        boolean exists = catalog.relation(table).isPresent();
        context.report(ColumnCheck.has(table, exists, expected, catalog.columns(), context.database().name()), catalog, "relations", "columns");
    }

    @Then("the enum {name} has these labels:")
    public void enumHasLabels(QualifiedName name, DataTable labels) {
        CatalogSnapshot catalog = context.catalog();
        context.report(EnumCheck.hasLabels(name, TableRows.column(labels, context.run().values(), "label"), catalog.enums(),
                context.database().name()), catalog, "enums");
    }

    @Then("these extensions are installed:")
    public void extensionsInstalled(DataTable extensions) {
        List<ExtensionExpectation> expected = TableRows.read(extensions, context.run().values(), Set.of("extension"), Set.of("schema", "version"))
                .stream().map(row -> new ExtensionExpectation(row.required("extension"), row.get("schema"), row.get("version"))).toList();
        CatalogSnapshot catalog = context.catalog();
        context.report(ExtensionCheck.installed(expected, catalog.extensions(), context.database().name()), catalog, "extensions");
    }
}
