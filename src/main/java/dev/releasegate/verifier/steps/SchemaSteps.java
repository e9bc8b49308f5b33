package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.RelationExistence;
import io.cucumber.java.en.Then;

import java.util.List;

/** Schema objects: tables and views exist, do not exist, or are exactly a set. */
public final class SchemaSteps {

    private final ScenarioContext context;

    public SchemaSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the table {name} exists")
    public void tableExists(QualifiedName table) {
        context.report(RelationExistence.exist("table", List.of(table), context.catalog().relations(), context.database().name()));
    }

    @Then("the table {name} does not exist")
    public void tableDoesNotExist(QualifiedName table) {
        context.report(RelationExistence.absent("table", table, context.catalog().relations(List.of(table)), context.database().name()));
    }

    @Then("these tables exist:")
    public void theseTablesExist(Listed.Tables tables) {
        List<QualifiedName> names = tables.qualified();
        context.report(RelationExistence.exist("table", names, context.catalog().relations(), context.database().name()));
    }

    @Then("these views exist:")
    public void theseViewsExist(Listed.Views views) {
        context.report(RelationExistence.exist("view", views.names(), context.catalog().relations(), context.database().name()));
    }

    @Then("exactly these tables match {pattern}:")
    public void exactlyTheseTablesMatch(NamePattern pattern, Listed.Tables tables) {
        CatalogSnapshot catalog = context.catalog();
        context.report(RelationExistence.exactly("matching " + pattern, tables.qualified(), catalog.tableNamesMatching(pattern),
                context.database().name()));
    }

    @Then("exactly these tables exist in schema {schema}:")
    public void exactlyTheseTablesExistInSchema(String schema, Listed.Tables tables) {
        CatalogSnapshot catalog = context.catalog();
        context.report(RelationExistence.exactly("in schema " + schema, tables.in(schema),
                catalog.tableNamesMatching(NamePattern.wholeSchema(schema)), context.database().name()));
    }

    @Then("{count} table(s) match(es) {pattern}")
    public void tablesMatch(long count, NamePattern pattern) {
        context.report(RelationExistence.count(count, pattern, context.catalog().tableNamesMatching(pattern), context.database().name()));
    }
}
