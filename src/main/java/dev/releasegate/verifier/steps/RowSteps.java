package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.RowComparison;
import dev.releasegate.verifier.catalog.RowDifferences;
import dev.releasegate.verifier.catalog.RowShape;
import dev.releasegate.verifier.checks.IdenticalRows;
import dev.releasegate.verifier.checks.IdenticalRowsCheck;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Identical rows: tables compared row by row, by primary key, across two databases. */
@ReportedAs(FailureCategory.DATA_LOSS)
public final class RowSteps {

    private final ScenarioContext context;

    public RowSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the rows of {name} are identical in {database} and {database}")
    public void identical(QualifiedName table, String source, String target) {
        compare(table.toString(), List.of(table), source, target);
    }

    @Then("the rows of every table matching {pattern} are identical in {database} and {database}")
    public void identicalMatching(NamePattern pattern, String source, String target) {
        TreeSet<QualifiedName> tables = new TreeSet<>();
        context.catalog(context.database(source)).tablesMatching(pattern).stream().map(Relation::name).forEach(tables::add);
        context.catalog(context.database(target)).tablesMatching(pattern).stream().map(Relation::name).forEach(tables::add);
        compare("every table matching " + pattern, List.copyOf(tables), source, target);
    }

    private void compare(String scope, List<QualifiedName> tables, String sourceName, String targetName) {
        Database source = context.database(sourceName);
        Database target = context.database(targetName);
        CatalogSnapshot sourceCatalog = context.catalog(source);
        CatalogSnapshot targetCatalog = context.catalog(target);
        List<IdenticalRows> outcomes = new ArrayList<>();
        for (QualifiedName table : tables) {
            outcomes.add(compare(table, sourceCatalog, targetCatalog));
        }
        context.report(IdenticalRowsCheck.verdict(scope, sourceName, targetName, outcomes), sourceCatalog, "indexes", "columns");
    }

    private IdenticalRows compare(QualifiedName table, CatalogSnapshot sourceCatalog, CatalogSnapshot targetCatalog) {
        String sourceName = sourceCatalog.database().name();
        String targetName = targetCatalog.database().name();
        boolean inSource = sourceCatalog.relation(table).isPresent();
        boolean inTarget = targetCatalog.relation(table).isPresent();
        if (!inSource || !inTarget) {
            return new IdenticalRows.OnlyIn(table, inSource ? sourceName : targetName);
        }
        Optional<RowShape> shape = RowShape.of(sourceCatalog, table);
        if (shape.isEmpty()) {
            return new IdenticalRows.NoPrimaryKey(table, sourceName);
        }
        Optional<RowShape> other = RowShape.of(targetCatalog, table);
        if (other.isEmpty()) {
            return new IdenticalRows.NoPrimaryKey(table, targetName);
        }
        List<String> sourceColumns = shape.get().columnNames().stream().sorted().toList();
        List<String> targetColumns = other.get().columnNames().stream().sorted().toList();
        if (!sourceColumns.equals(targetColumns)) {
            return new IdenticalRows.ColumnsDiffer(table, sourceColumns, targetColumns);
        }
        RowDifferences rows = RowComparison.compare(sourceCatalog.database(), targetCatalog.database(), shape.get());
        for (ExecutedQuery query : rows.evidence()) {
            context.evidence().query("rows of " + table + " in " + query.database(), query);
        }
        context.evidence().text("rows of " + table + ": what was sent and received", rows.queries() + " queries, "
                + rows.bytesReceived() + " bytes of results received for " + rows.sourceRows() + " + " + rows.targetRows() + " rows");
        return new IdenticalRows.Compared(rows);
    }
}
