package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.IntegrityReader;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.NewestValue;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.TableRowCounts;
import dev.releasegate.verifier.checks.FreshnessCheck;
import dev.releasegate.verifier.checks.Presence;
import dev.releasegate.verifier.checks.RowCountCheck;
import dev.releasegate.verifier.checks.RowCountExpectation;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.Database;
import io.cucumber.java.en.Then;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Data: row counts of one database, row counts reconciled across two, and how fresh a table's newest row is. */
public final class DataSteps {

    private final ScenarioContext context;

    public DataSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the table {name} has {count} row(s)")
    public void hasRows(QualifiedName table, long expected) {
        count(table, expected, false);
    }

    @Then("the table {name} has at least {count} row(s)")
    public void hasAtLeast(QualifiedName table, long minimum) {
        count(table, minimum, true);
    }

    @Then("the table {name} is empty")
    public void isEmpty(QualifiedName table) {
        count(table, 0, false);
    }

    private void count(QualifiedName table, long expected, boolean atLeast) {
        Database database = context.database();
        context.report(Presence.require("rows of " + table + " in " + database.name(), context.catalog().absence(table, List.of()))
                .orElseGet(() -> RowCountCheck.count(table, expected, atLeast, counted(database, "row count", List.of(table)).get(table),
                        database.name())));
    }

    @Then("these row counts hold:")
    public void theseRowCountsHold(List<RowCountExpectation> expected) {
        List<QualifiedName> present = context.catalog().relations(expected.stream().map(RowCountExpectation::table).toList()).stream()
                .map(Relation::name).toList();
        context.report(RowCountCheck.theseHold(expected, counted(context.database(), "row counts", present), context.database().name()));
    }

    @Then("the row counts of tables matching {pattern} are equal in {database} and {database}")
    public void countsEqual(NamePattern pattern, String source, String target) {
        reconcile("matching " + pattern, pattern, source, target, List.of());
    }

    @Then("the row counts of tables matching {pattern} are equal in {database} and {database}, except:")
    public void countsEqualExcept(NamePattern pattern, String source, String target, Listed.Tables except) {
        reconcile("matching " + pattern, pattern, source, target, except.in(pattern.schema()));
    }

    @Then("the row counts of every table in schema {schema} are equal in {database} and {database}")
    public void countsEqualInSchema(String schema, String source, String target) {
        reconcile("in schema " + schema, NamePattern.wholeSchema(schema), source, target, List.of());
    }

    @Then("the row counts of these tables are equal in {database} and {database}:")
    public void countsOfTheseEqual(String source, String target, Listed.Tables tables) {
        List<QualifiedName> listed = tables.qualified();
        Both<TableRowCounts.Counted> counts = Both.of(() -> countPresent(source, listed), () -> countPresent(target, listed));
        context.evidence().queries("row counts in " + source, counts.first().queries());
        context.evidence().queries("row counts in " + target, counts.second().queries());
        context.report(RowCountCheck.equalListed(listed, source, counts.first().counts(), target, counts.second().counts()));
    }

    private TableRowCounts.Counted countPresent(String name, List<QualifiedName> tables) {
        Database database = context.database(name);
        return TableRowCounts.count(database, context.catalog(database).relations(tables).stream().map(Relation::name).toList());
    }

    @Then("the newest {columnName} in {name} is at most {duration} old")
    public void newestAtMost(String column, QualifiedName table, Duration maximum) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require("the newest " + column + " in " + table + " in " + context.database().name(),
                catalog.absence(table, List.of(column))).orElseGet(() -> newest(catalog, new QualifiedColumn(table, column), maximum)));
    }

    private Verdict newest(CatalogSnapshot catalog, QualifiedColumn column, Duration maximum) {
        catalog.columnsOf(column.table()).stream().filter(c -> c.name().equals(column.column())).forEach(FreshnessCheck::requireTime);
        NewestValue found = IntegrityReader.newest(context.database(), column);
        context.evidence().query("the newest " + column, found.query());
        return FreshnessCheck.atMost(column, maximum, found, context.database().name());
    }

    /** Evidence is attached on the step's own thread, where the report expects it. */
    private void reconcile(String scope, NamePattern pattern, String source, String target, List<QualifiedName> excepted) {
        Both<TableRowCounts.Counted> counts = Both.of(() -> countMatching(source, pattern), () -> countMatching(target, pattern));
        context.evidence().queries("row counts in " + source, counts.first().queries());
        context.evidence().queries("row counts in " + target, counts.second().queries());
        context.report(RowCountCheck.equal(source, counts.first().counts(), target, counts.second().counts(), Set.copyOf(excepted), scope));
    }

    private TableRowCounts.Counted countMatching(String name, NamePattern pattern) {
        Database database = context.database(name);
        return TableRowCounts.count(database, context.catalog(database).tableNamesMatching(pattern));
    }

    private Map<QualifiedName, Long> counted(Database database, String title, List<QualifiedName> tables) {
        TableRowCounts.Counted counted = TableRowCounts.count(database, tables);
        context.evidence().queries(title, counted.queries());
        return counted.counts();
    }
}
