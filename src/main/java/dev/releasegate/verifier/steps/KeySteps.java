package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.ForeignKeyCheck;
import dev.releasegate.verifier.checks.ForeignKeyExpectation;
import dev.releasegate.verifier.checks.ForeignKeyIndexCheck;
import dev.releasegate.verifier.checks.IndexCheck;
import dev.releasegate.verifier.checks.IndexExpectation;
import dev.releasegate.verifier.checks.PrimaryKeyCheck;
import dev.releasegate.verifier.outcome.FailureCategory;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Set;

/** Foreign keys, keys and indexes. */
@ReportedAs(FailureCategory.SCHEMA_DRIFT)
public final class KeySteps {

    private final ScenarioContext context;

    public KeySteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these foreign keys exist:")
    public void theseForeignKeysExist(DataTable table) {
        String schema = context.run().defaultSchema();
        List<ForeignKeyExpectation> expected = TableRows.read(table, context.run().values(), Set.of("table", "references"),
                Set.of("columns", "on delete", "on update")).stream().map(row -> {
                    String references = row.required("references");
                    List<String> referencedColumns = List.of();
                    int open = references.indexOf('(');
                    if (open > 0 && references.endsWith(")")) {
                        referencedColumns = TableRows.commaList(references.substring(open + 1, references.length() - 1));
                        references = references.substring(0, open);
                    }
                    return new ForeignKeyExpectation(QualifiedName.parse(row.required("table"), schema),
                            TableRows.commaList(row.get("columns").orElse("")), QualifiedName.parse(references, schema), referencedColumns,
                            row.get("on delete").map(ForeignKeyRule::fromWords), row.get("on update").map(ForeignKeyRule::fromWords));
                }).toList();
        CatalogSnapshot catalog = context.catalog();
        context.report(ForeignKeyCheck.exist(expected, catalog.onTables(expected.stream().map(ForeignKeyExpectation::table).toList(),
                catalog::foreignKeysFrom), context.database().name()), catalog, "foreign keys");
    }

    @Then("every foreign key from {name} has delete rule {rule}")
    @ReportedAs(FailureCategory.DATA_LOSS)
    public void everyForeignKeyFrom(QualifiedName table, ForeignKeyRule rule) {
        CatalogSnapshot catalog = context.catalog();
        List<ForeignKey> keys = catalog.foreignKeysFrom(table);
        context.report(ForeignKeyCheck.everyHasDeleteRule("from " + table, keys, rule, context.database().name()), catalog, "foreign keys");
    }

    @Then("every foreign key referencing {name} has delete rule {rule}")
    @ReportedAs(FailureCategory.DATA_LOSS)
    public void everyForeignKeyReferencing(QualifiedName table, ForeignKeyRule rule) {
        CatalogSnapshot catalog = context.catalog();
        context.report(ForeignKeyCheck.everyHasDeleteRule("referencing " + table, referencing(catalog, table), rule,
                context.database().name()), catalog, "foreign keys");
    }

    @Then("no foreign key referencing {name} has delete rule {rule}")
    @ReportedAs(FailureCategory.DATA_LOSS)
    public void noForeignKeyReferencing(QualifiedName table, ForeignKeyRule rule) {
        CatalogSnapshot catalog = context.catalog();
        context.report(ForeignKeyCheck.noneHasDeleteRule("referencing " + table, referencing(catalog, table), rule, List.of(),
                context.database().name()), catalog, "foreign keys");
    }

    @Then("no foreign key referencing {name} has delete rule {rule}, except:")
    @ReportedAs(FailureCategory.DATA_LOSS)
    public void noForeignKeyReferencingExcept(QualifiedName table, ForeignKeyRule rule, DataTable exceptions) {
        String schema = context.run().defaultSchema();
        List<ForeignKeyCheck.Exception> excepted = TableRows.read(exceptions, context.run().values(), Set.of("table"), Set.of("columns"))
                .stream().map(row -> new ForeignKeyCheck.Exception(QualifiedName.parse(row.required("table"), schema),
                        TableRows.commaList(row.get("columns").orElse("")))).toList();
        CatalogSnapshot catalog = context.catalog();
        context.report(ForeignKeyCheck.noneHasDeleteRule("referencing " + table, referencing(catalog, table), rule, excepted,
                context.database().name()), catalog, "foreign keys");
    }

    private static List<ForeignKey> referencing(CatalogSnapshot catalog, QualifiedName table) {
        return catalog.foreignKeysReferencing(table);
    }

    @Then("every table matching {pattern} has a primary key")
    public void everyTableHasPrimaryKey(NamePattern pattern) {
        CatalogSnapshot catalog = context.catalog();
        List<QualifiedName> tables = catalog.tablesMatching(pattern).stream().map(r -> r.name()).toList();
        context.report(PrimaryKeyCheck.everyHasOne("matching " + pattern, tables, catalog.indexes(), context.database().name()),
                catalog, "relations", "indexes");
    }

    @Then("these indexes exist:")
    public void theseIndexesExist(DataTable table) {
        String schema = context.run().defaultSchema();
        List<IndexExpectation> expected = TableRows.read(table, context.run().values(), Set.of("table"), Set.of("index", "columns", "unique"))
                .stream().map(row -> {
                    if (row.get("index").isEmpty() && row.get("columns").isEmpty()) {
                        throw new dev.releasegate.verifier.outcome.ChecklistBroken("an index row needs an 'index' name, 'columns', or both");
                    }
                    return new IndexExpectation(QualifiedName.parse(row.required("table"), schema), row.get("index"),
                            TableRows.commaList(row.get("columns").orElse("")), TableRows.yesNo(row.get("unique"), "unique"));
                }).toList();
        CatalogSnapshot catalog = context.catalog();
        List<Index> indexes = catalog.onTables(expected.stream().map(IndexExpectation::table).toList(), catalog::indexesOn);
        context.report(IndexCheck.exist(expected, indexes, context.database().name()), catalog, "indexes");
    }

    @Then("every foreign key in schema {schema} is covered by an index")
    public void everyForeignKeyCovered(String schema) {
        CatalogSnapshot catalog = context.catalog();
        List<ForeignKey> keys = catalog.foreignKeys().stream().filter(k -> k.table().schema().equals(schema)).toList();
        context.report(ForeignKeyIndexCheck.everyCovered("in schema " + schema, keys, catalog.indexes(), context.database().name()),
                catalog, "foreign keys", "indexes");
    }
}
