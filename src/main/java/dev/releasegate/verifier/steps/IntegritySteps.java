package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.IntegrityReader;
import dev.releasegate.verifier.catalog.KeyedRows;
import dev.releasegate.verifier.catalog.OffendingRows;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.RowTally;
import dev.releasegate.verifier.catalog.SqlExpression;
import dev.releasegate.verifier.checks.IntegrityCheck;
import dev.releasegate.verifier.checks.KeyedRowsCheck;
import dev.releasegate.verifier.checks.Presence;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.SqlPredicate;
import io.cucumber.java.en.Then;

import java.util.List;

/**
 * Data integrity: orphans, matches (by key or on any condition), conditions, duplicates (of a column or an expression),
 * counts that depend on each other, patterns, expected rows by key, values that must differ.
 * Each item first asks whether what it reads exists (a false item when not), then reads the offending rows.
 */
public final class IntegritySteps {

    private final ScenarioContext context;

    public IntegritySteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("no row of {name} references a missing {name} through {columnList}")
    public void noOrphans(QualifiedName from, QualifiedName target, List<String> through) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require(subject(from), catalog.absence(from, through), catalog.absence(target, List.of()))
                .orElseGet(() -> orphans(catalog, from, target, through)));
    }

    private Verdict orphans(CatalogSnapshot catalog, QualifiedName from, QualifiedName target, List<String> through) {
        Database database = context.database();
        List<String> key = IntegrityCheck.referencedKey(target, catalog.primaryKey(target), from, through,
                "references from " + from + " through " + String.join(", ", through), database.name());
        OffendingRows found = IntegrityReader.orphans(database, from, catalog.primaryKey(from), through, target, key);
        context.evidence().query("rows of " + from + " referencing a missing " + target, found.query());
        return IntegrityCheck.noOrphans(from, through, target, found, database.name());
    }

    @Then("every row of {name} where {predicate} has a matching {name} through {columnList}")
    public void everyRowMatched(QualifiedName from, SqlPredicate where, QualifiedName other, List<String> through) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require(subject(from), catalog.absence(from, List.of()), catalog.absence(other, through))
                .orElseGet(() -> unmatched(catalog, from, where, other, through)));
    }

    private Verdict unmatched(CatalogSnapshot catalog, QualifiedName from, SqlPredicate where, QualifiedName other, List<String> through) {
        Database database = context.database();
        List<String> key = IntegrityCheck.referencedKey(from, catalog.primaryKey(from), other, through,
                "rows of " + from + " matched through " + other + "." + String.join(", ", through), database.name());
        OffendingRows found = IntegrityReader.unmatched(database, from, where, key, other, through);
        context.evidence().query("rows of " + from + " where " + where + " without a matching " + other, found.query());
        return IntegrityCheck.everyRowMatched(from, where.text(), other, through, found, database.name());
    }

    @Then("every row of {name} has a matching {name} on {predicate}")
    public void everyRowMatchedOn(QualifiedName from, QualifiedName other, SqlPredicate on) {
        everyRowWhereMatchedOn(from, null, other, on);
    }

    @Then("every row of {name} where {predicate} has a matching {name} on {predicate}")
    public void everyRowWhereMatchedOn(QualifiedName from, SqlPredicate where, QualifiedName other, SqlPredicate on) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require(subject(from), catalog.absence(from, List.of()), catalog.absence(other, List.of()))
                .orElseGet(() -> unmatchedOn(catalog, from, where, other, on)));
    }

    private Verdict unmatchedOn(CatalogSnapshot catalog, QualifiedName from, SqlPredicate where, QualifiedName other, SqlPredicate on) {
        Database database = context.database();
        OffendingRows found = IntegrityReader.unmatchedOn(database, from, where, catalog.primaryKey(from), other, on);
        context.evidence().query("rows of " + from + (where == null ? "" : " where " + where) + " without a matching " + other
                + " on " + on, found.query());
        return IntegrityCheck.everyRowMatchedOn(from, where == null ? null : where.text(), other, on.text(), found, database.name());
    }

    @Then("no row of {name} satisfies {predicate}")
    public void noRowSatisfies(QualifiedName table, SqlPredicate condition) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require(subject(table), catalog.absence(table, List.of())).orElseGet(() -> satisfying(catalog, table, condition)));
    }

    private Verdict satisfying(CatalogSnapshot catalog, QualifiedName table, SqlPredicate condition) {
        OffendingRows found = IntegrityReader.satisfying(context.database(), table, condition, catalog.primaryKey(table));
        context.evidence().query("rows of " + table + " where " + condition, found.query());
        return IntegrityCheck.noRowSatisfies(table, condition.text(), found, context.database().name());
    }

    @Then("{tableColumn} has no duplicate values")
    public void noDuplicates(QualifiedColumn column) {
        noDuplicatesWhere(column, null);
    }

    @Then("{tableColumn} has no duplicate values where {predicate}")
    public void noDuplicatesWhere(QualifiedColumn column, SqlPredicate where) {
        context.report(Presence.require(subject(column.table()), context.catalog().absence(column.table(), List.of(column.column())))
                .orElseGet(() -> duplicates(column, where)));
    }

    private Verdict duplicates(QualifiedColumn column, SqlPredicate where) {
        OffendingRows found = IntegrityReader.duplicates(context.database(), column, where);
        context.evidence().query("duplicate values of " + column, found.query());
        return IntegrityCheck.noDuplicates(column, where == null ? null : where.text(), found, context.database().name());
    }

    @Then("{expression} is unique in {name}")
    public void uniqueExpression(SqlExpression expression, QualifiedName table) {
        uniqueExpressionWhere(expression, table, null);
    }

    @Then("{expression} is unique in {name} where {predicate}")
    public void uniqueExpressionWhere(SqlExpression expression, QualifiedName table, SqlPredicate where) {
        context.report(Presence.require(subject(table), context.catalog().absence(table, List.of()))
                .orElseGet(() -> duplicatesOf(expression, table, where)));
    }

    private Verdict duplicatesOf(SqlExpression expression, QualifiedName table, SqlPredicate where) {
        OffendingRows found = IntegrityReader.duplicatesOf(context.database(), table, expression, where);
        context.evidence().query("duplicate values of " + expression + " in " + table, found.query());
        return IntegrityCheck.uniqueExpression(table, expression.text(), where == null ? null : where.text(), found, context.database().name());
    }

    @Then("{tally} equals {tally}")
    public void countsEqual(RowTally first, RowTally second) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require(subject(first.table()), catalog.absence(first.table(), List.of()), catalog.absence(second.table(), List.of()))
                .orElseGet(() -> tallied(first, second)));
    }

    private Verdict tallied(RowTally first, RowTally second) {
        RowTally.Counted counted = IntegrityReader.tally(context.database(), first, second);
        context.evidence().query(first.describe() + " and " + second.describe(), counted.query());
        return IntegrityCheck.countsEqual(first, second, counted, context.database().name());
    }

    /** NULL is no value: it matches no pattern and fails nothing here; how many rows hold it is shown in the evidence. */
    @Then("every {tableColumn} matches {valuePattern}")
    public void everyValueMatches(QualifiedColumn column, String pattern) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require(subject(column.table()), catalog.absence(column.table(), List.of(column.column())))
                .orElseGet(() -> notMatching(catalog, column, pattern)));
    }

    private Verdict notMatching(CatalogSnapshot catalog, QualifiedColumn column, String pattern) {
        Database database = context.database();
        OffendingRows found = IntegrityReader.notMatching(database, column, pattern, catalog.primaryKey(column.table()));
        context.evidence().query("values of " + column + " that do not match", found.query());
        context.evidence().query("rows of " + column.table() + " with no " + column.column() + " (null: not checked against the pattern;"
                + " forbid them with: no row of \"" + column.table() + "\" satisfies \"" + column.column() + " is null\")",
                IntegrityReader.nulls(database, column).query());
        return IntegrityCheck.everyValueMatches(column, pattern, found, database.name());
    }

    @Then("the rows of {name} with {columnName} include:")
    public void rowsInclude(QualifiedName table, String keyColumn, Listed.Grid rows) {
        CatalogSnapshot catalog = context.catalog();
        KeyedRowsCheck.Expected expected = KeyedRowsCheck.expected(keyColumn, rows.header(), rows.rows(),
                catalog.columnsOf(table).stream().map(Column::name).toList());
        context.report(Presence.require(subject(table), catalog.absence(table, expected.allColumns())).orElseGet(() -> byKey(table, expected)));
    }

    private Verdict byKey(QualifiedName table, KeyedRowsCheck.Expected expected) {
        KeyedRows actual = IntegrityReader.byKey(context.database(), table, expected.key(), expected.columns(), expected.keys());
        context.evidence().query("rows of " + table + " by " + expected.key(), actual.query());
        return KeyedRowsCheck.includes(table, expected.key(), expected.columns(), expected.rows(), actual, context.database().name());
    }

    @Then("{tableColumn} differs between {database} and {database} where {columnName} is:")
    public void differsBetween(QualifiedColumn column, String source, String target, String keyColumn, Listed.Keys keys) {
        List<String> columns = List.of(column.column(), keyColumn);
        context.report(Presence.require(column + " in " + source + " and " + target, context.catalog(source).absence(column.table(), columns),
                context.catalog(target).absence(column.table(), columns)).orElseGet(() -> digests(column, source, target, keyColumn, keys.values(keyColumn))));
    }

    private Verdict digests(QualifiedColumn column, String source, String target, String keyColumn, List<String> keys) {
        Both<KeyedRows> rows = Both.of(() -> IntegrityReader.digestsByKey(context.database(source), column, keyColumn, keys),
                () -> IntegrityReader.digestsByKey(context.database(target), column, keyColumn, keys));
        String how = " (values are compared by digest, never shown)";
        context.evidence().query(column + " by " + keyColumn + " in " + source + how, rows.first().query());
        context.evidence().query(column + " by " + keyColumn + " in " + target + how, rows.second().query());
        return KeyedRowsCheck.differs(column, keyColumn, keys, source, rows.first(), target, rows.second());
    }

    private String subject(QualifiedName table) {
        return "rows of " + table + " in " + context.database().name();
    }
}
