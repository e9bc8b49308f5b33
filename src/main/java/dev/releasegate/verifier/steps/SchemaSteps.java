package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.checks.RelationExistence;
import dev.releasegate.verifier.outcome.FailureCategory;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;

/** Schema objects: tables and views exist, do not exist, or are exactly a set. */
@ReportedAs(FailureCategory.SCHEMA_DRIFT)
public final class SchemaSteps {

    private final ScenarioContext context;

    public SchemaSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the table {name} exists")
    public void tableExists(QualifiedName table) {
        CatalogSnapshot catalog = context.catalog();
        context.report(RelationExistence.exist("table", List.of(table), catalog.relations(List.of(table)), context.database().name()), catalog, "relations");
    }

    @Then("the table {name} does not exist")
    public void tableDoesNotExist(QualifiedName table) {
        CatalogSnapshot catalog = context.catalog();
        context.report(RelationExistence.absent("table", table, catalog.relations(List.of(table)), context.database().name()), catalog, "relations");
    }

    @Then("these tables exist:")
    public void theseTablesExist(DataTable table) {
        CatalogSnapshot catalog = context.catalog();
        List<QualifiedName> names = names(table, "table");
        context.report(RelationExistence.exist("table", names, catalog.relations(names), context.database().name()), catalog, "relations");
    }

    @Then("these views exist:")
    public void theseViewsExist(DataTable table) {
        CatalogSnapshot catalog = context.catalog();
        List<QualifiedName> names = names(table, "view");
        context.report(RelationExistence.exist("view", names, catalog.relations(names), context.database().name()), catalog, "relations");
    }

    @Then("exactly these tables match {pattern}:")
    public void exactlyTheseTablesMatch(NamePattern pattern, DataTable table) {
        CatalogSnapshot catalog = context.catalog();
        List<QualifiedName> matched = catalog.tablesMatching(pattern).stream().map(Relation::name).toList();
        context.report(RelationExistence.exactly("matching " + pattern, names(table, "table"), matched, context.database().name()),
                catalog, "relations");
    }

    @Then("exactly these tables exist in schema {schema}:")
    public void exactlyTheseTablesExistInSchema(String schema, DataTable table) {
        CatalogSnapshot catalog = context.catalog();
        List<QualifiedName> matched = catalog.tablesMatching(NamePattern.wholeSchema(schema)).stream().map(Relation::name).toList();
        List<QualifiedName> expected = TableRows.column(table, context.run().values(), "table").stream()
                .map(n -> QualifiedName.parse(n, schema)).toList();
        context.report(RelationExistence.exactly("in schema " + schema, expected, matched, context.database().name()), catalog, "relations");
    }

    @Then("{int} table(s) match(es) {pattern}")
    public void tablesMatch(int count, NamePattern pattern) {
        CatalogSnapshot catalog = context.catalog();
        List<QualifiedName> matched = catalog.tablesMatching(pattern).stream().map(Relation::name).toList();
        context.report(RelationExistence.count(count, pattern, matched, context.database().name()), catalog, "relations");
    }

    private List<QualifiedName> names(DataTable table, String header) {
        return TableRows.column(table, context.run().values(), header).stream()
                .map(n -> QualifiedName.parse(n, context.run().defaultSchema())).toList();
    }
}
