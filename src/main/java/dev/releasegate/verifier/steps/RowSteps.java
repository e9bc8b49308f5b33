package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.IdenticalRows;
import dev.releasegate.verifier.checks.IdenticalRowsCheck;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.rows.RowComparison;
import dev.releasegate.verifier.rows.RowDifferences;
import dev.releasegate.verifier.rows.RowShape;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.TreeSet;

/** Identical rows: tables compared row by row, by primary key, across two databases. */
public final class RowSteps {

    private final ScenarioContext context;

    public RowSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the rows of {name} are identical in {database} and {database}")
    public void identical(QualifiedName table, String source, String target) {
        compare(table.toString(), List.of(table), context.catalog(source), context.catalog(target));
    }

    @Then("the rows of every table matching {pattern} are identical in {database} and {database}")
    public void identicalMatching(NamePattern pattern, String source, String target) {
        TreeSet<QualifiedName> tables = new TreeSet<>(context.catalog(source).tableNamesMatching(pattern));
        tables.addAll(context.catalog(target).tableNamesMatching(pattern));
        compare("every table matching " + pattern, List.copyOf(tables), context.catalog(source), context.catalog(target));
    }

    private void compare(String scope, List<QualifiedName> tables, CatalogSnapshot source, CatalogSnapshot target) {
        List<IdenticalRows> outcomes = tables.stream().map(table -> IdenticalRows.cannotCompare(table, side(source, table), side(target, table))
                .orElseGet(() -> compared(RowShape.of(source, table).orElseThrow(), source, target))).toList();
        context.report(IdenticalRowsCheck.verdict(scope, source.database().name(), target.database().name(), outcomes));
    }

    private static IdenticalRows.Side side(CatalogSnapshot catalog, QualifiedName table) {
        return new IdenticalRows.Side(catalog.database().name(), catalog.relation(table).isPresent(), RowShape.of(catalog, table));
    }

    private IdenticalRows compared(RowShape shape, CatalogSnapshot source, CatalogSnapshot target) {
        RowDifferences rows = RowComparison.compare(source.database(), target.database(), shape);
        for (ExecutedQuery query : rows.evidence()) {
            context.evidence().query("rows of " + shape.table() + " in " + query.database(), query);
        }
        context.evidence().text("rows of " + shape.table() + ": what was sent and received", rows.queries() + " queries, "
                + rows.bytesReceived() + " bytes of results received for " + rows.sourceRows() + " + " + rows.targetRows() + " rows");
        return new IdenticalRows.Compared(rows);
    }
}
