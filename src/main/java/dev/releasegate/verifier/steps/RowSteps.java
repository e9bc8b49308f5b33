package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.IdenticalRows;
import dev.releasegate.verifier.checks.IdenticalRowsCheck;
import dev.releasegate.verifier.checks.Presence;
import dev.releasegate.verifier.checks.StillInCheck;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.SqlPredicate;
import dev.releasegate.verifier.rows.MissingRows;
import dev.releasegate.verifier.rows.RowComparison;
import dev.releasegate.verifier.rows.RowDifferences;
import dev.releasegate.verifier.rows.RowShape;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Identical rows, and rows still there: tables compared by primary key across two databases. */
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

    @Then("every row of {name} in {database} is still in {database}")
    public void stillIn(QualifiedName table, String source, String target) {
        stillInExcept(table, source, target, null);
    }

    @Then("every row of {name} in {database} is still in {database}(,) except rows where {predicate}")
    public void stillInExcept(QualifiedName table, String source, String target, SqlPredicate except) {
        CatalogSnapshot before = context.catalog(source);
        CatalogSnapshot after = context.catalog(target);
        context.report(Presence.require("rows of " + table + " in " + source + " and " + target, before.absence(table, List.of()),
                after.absence(table, before.primaryKey(table))).orElseGet(() -> followed(table, before, after, except)));
    }

    private Verdict followed(QualifiedName table, CatalogSnapshot before, CatalogSnapshot after, SqlPredicate except) {
        String source = before.database().name();
        String target = after.database().name();
        Optional<String> exception = Optional.ofNullable(except).map(SqlPredicate::text);
        Optional<RowShape> shape = RowShape.of(before, table);
        if (shape.isEmpty()) {
            return StillInCheck.noPrimaryKey(table, source, target, exception);
        }
        RowShape keys = shape.get().keysOnly(after.columnsOf(table));
        MissingRows rows = RowComparison.stillIn(before.database(), after.database(), keys, except);
        rows.evidence().forEach(query -> context.evidence().query("keys of " + table + " in " + query.database(), query));
        context.evidence().text("keys of " + table + ": what was sent and received", rows.queries() + " queries, "
                + rows.bytesReceived() + " bytes of results received for " + rows.sourceRows() + " + " + rows.targetRows() + " rows");
        return StillInCheck.verdict(source, target, exception, rows);
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
