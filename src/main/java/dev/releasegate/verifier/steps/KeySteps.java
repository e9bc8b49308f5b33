package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.ForeignKeyCheck;
import dev.releasegate.verifier.checks.ForeignKeyExpectation;
import dev.releasegate.verifier.checks.ForeignKeyIndexCheck;
import dev.releasegate.verifier.checks.IndexCheck;
import dev.releasegate.verifier.checks.IndexExpectation;
import dev.releasegate.verifier.checks.Presence;
import dev.releasegate.verifier.checks.PrimaryKeyCheck;
import io.cucumber.java.en.Then;

import java.util.List;

/** Foreign keys, keys and indexes. */
public final class KeySteps {

    private final ScenarioContext context;

    public KeySteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these foreign keys exist:")
    public void theseForeignKeysExist(List<ForeignKeyExpectation> expected) {
        CatalogSnapshot catalog = context.catalog();
        context.report(ForeignKeyCheck.exist(expected, catalog.onTables(expected.stream().map(ForeignKeyExpectation::table).toList(),
                catalog::foreignKeysFrom), context.database().name()));
    }

    @Then("every foreign key from {name} has delete rule {rule}")
    public void everyForeignKeyFrom(QualifiedName table, ForeignKeyRule rule) {
        context.report(ForeignKeyCheck.everyHasDeleteRule("from " + table, context.catalog().foreignKeysFrom(table), rule,
                context.database().name()));
    }

    @Then("every foreign key referencing {name} has delete rule {rule}")
    public void everyForeignKeyReferencing(QualifiedName table, ForeignKeyRule rule) {
        context.report(ForeignKeyCheck.everyHasDeleteRule("referencing " + table, context.catalog().foreignKeysReferencing(table), rule,
                context.database().name()));
    }

    @Then("no foreign key referencing {name} has delete rule {rule}")
    public void noForeignKeyReferencing(QualifiedName table, ForeignKeyRule rule) {
        noForeignKeyReferencingExcept(table, rule, List.of());
    }

    @Then("no foreign key referencing {name} has delete rule {rule}, except:")
    public void noForeignKeyReferencingExcept(QualifiedName table, ForeignKeyRule rule, List<ForeignKeyCheck.Exception> excepted) {
        context.report(ForeignKeyCheck.noneHasDeleteRule("referencing " + table, context.catalog().foreignKeysReferencing(table), rule,
                excepted, context.database().name()));
    }

    @Then("every table matching {pattern} has a primary key")
    public void everyTableHasPrimaryKey(NamePattern pattern) {
        CatalogSnapshot catalog = context.catalog();
        context.report(PrimaryKeyCheck.everyHasOne("matching " + pattern, catalog.tableNamesMatching(pattern), catalog.indexes(),
                context.database().name()));
    }

    @Then("the primary key of {name} is {columnTuple}")
    public void primaryKeyIs(QualifiedName table, List<String> columns) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require("primary key of " + table + " in " + context.database().name(), catalog.absence(table, List.of()))
                .orElseGet(() -> PrimaryKeyCheck.is(table, columns, catalog.primaryKey(table), context.database().name())));
    }

    @Then("these indexes exist:")
    public void theseIndexesExist(List<IndexExpectation> expected) {
        CatalogSnapshot catalog = context.catalog();
        context.report(IndexCheck.exist(expected, catalog.onTables(expected.stream().map(IndexExpectation::table).toList(),
                catalog::indexesOn), context.database().name()));
    }

    @Then("every foreign key in schema {schema} is covered by an index")
    public void everyForeignKeyCovered(String schema) {
        CatalogSnapshot catalog = context.catalog();
        context.report(ForeignKeyIndexCheck.everyCovered("in schema " + schema, catalog.foreignKeysInSchema(schema), catalog.indexes(),
                context.database().name()));
    }

    @Then("every foreign key from tables matching {pattern} is covered by an index")
    public void everyForeignKeyFromTablesCovered(NamePattern pattern) {
        CatalogSnapshot catalog = context.catalog();
        context.report(ForeignKeyIndexCheck.everyCovered("from tables matching " + pattern, catalog.onTables(catalog.tableNamesMatching(pattern),
                catalog::foreignKeysFrom), catalog.indexes(), context.database().name()));
    }
}
