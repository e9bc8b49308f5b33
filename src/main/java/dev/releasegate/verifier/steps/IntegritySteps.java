package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.IntegrityReader;
import dev.releasegate.verifier.catalog.KeyedRows;
import dev.releasegate.verifier.catalog.OffendingRows;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.IntegrityCheck;
import dev.releasegate.verifier.checks.KeyedRowsCheck;
import dev.releasegate.verifier.checks.Mismatch;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.SqlPredicate;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Data integrity: orphans, matches, conditions, duplicates, patterns, expected rows by key, values that must differ. */
@ReportedAs(FailureCategory.DATA_LOSS)
public final class IntegritySteps {

    private final ScenarioContext context;

    public IntegritySteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("no row of {name} references a missing {name} through {columnList}")
    public void noOrphans(QualifiedName from, QualifiedName target, List<String> through) {
        Database database = context.database();
        CatalogSnapshot catalog = context.catalog();
        List<String> targetKey = primaryKey(catalog, target, "references from " + from + " through " + String.join(", ", through));
        if (missing(catalog, from, through) || missing(catalog, target, targetKey)) {
            return;
        }
        requireSameLength(through, targetKey, from, target);
        List<String> shown = new ArrayList<>(primaryKeyOrEmpty(catalog, from));
        through.stream().filter(c -> !shown.contains(c)).forEach(shown::add);
        OffendingRows found = IntegrityReader.orphans(database, from, through, shown, target, targetKey);
        context.evidence().query("rows of " + from + " referencing a missing " + target, found.query());
        context.report(IntegrityCheck.noOrphans(from, through, target, found, database.name()), catalog, "indexes");
    }

    @Then("every row of {name} where {predicate} has a matching {name} through {columnList}")
    public void everyRowMatched(QualifiedName from, SqlPredicate where, QualifiedName other, List<String> through) {
        Database database = context.database();
        CatalogSnapshot catalog = context.catalog();
        List<String> key = primaryKey(catalog, from, "rows of " + from + " matched through " + other + "." + String.join(", ", through));
        if (missing(catalog, from, key) || missing(catalog, other, through)) {
            return;
        }
        requireSameLength(through, key, other, from);
        OffendingRows found = IntegrityReader.unmatched(database, from, where, key, other, through);
        context.evidence().query("rows of " + from + " where " + where + " without a matching " + other, found.query());
        context.report(IntegrityCheck.everyRowMatched(from, where.text(), other, through, found, database.name()), catalog, "indexes");
    }

    @Then("no row of {name} satisfies {predicate}")
    public void noRowSatisfies(QualifiedName table, SqlPredicate condition) {
        Database database = context.database();
        CatalogSnapshot catalog = context.catalog();
        if (missing(catalog, table, List.of())) {
            return;
        }
        OffendingRows found = IntegrityReader.satisfying(database, table, condition, primaryKeyOrEmpty(catalog, table));
        context.evidence().query("rows of " + table + " where " + condition, found.query());
        context.report(IntegrityCheck.noRowSatisfies(table, condition.text(), found, database.name()));
    }

    @Then("{tableColumn} has no duplicate values")
    public void noDuplicates(QualifiedColumn column) {
        duplicates(column, null);
    }

    @Then("{tableColumn} has no duplicate values where {predicate}")
    public void noDuplicatesWhere(QualifiedColumn column, SqlPredicate where) {
        duplicates(column, where);
    }

    private void duplicates(QualifiedColumn column, SqlPredicate where) {
        Database database = context.database();
        if (missing(context.catalog(), column.table(), List.of(column.column()))) {
            return;
        }
        OffendingRows found = IntegrityReader.duplicates(database, column, where);
        context.evidence().query("duplicate values of " + column, found.query());
        context.report(IntegrityCheck.noDuplicates(column, where == null ? null : where.text(), found, database.name()));
    }

    /** NULL is no value: it matches no pattern and fails nothing here; how many rows hold it is shown in the evidence. */
    @Then("every {tableColumn} matches {valuePattern}")
    public void everyValueMatches(QualifiedColumn column, String pattern) {
        Database database = context.database();
        CatalogSnapshot catalog = context.catalog();
        if (missing(catalog, column.table(), List.of(column.column()))) {
            return;
        }
        OffendingRows found = IntegrityReader.notMatching(database, column, pattern, primaryKeyOrEmpty(catalog, column.table()));
        context.evidence().query("values of " + column + " that do not match", found.query());
        OffendingRows nulls = IntegrityReader.nulls(database, column);
        context.evidence().query("rows of " + column.table() + " with no " + column.column() + " (null: not checked against the pattern;"
                + " forbid them with: no row of \"" + column.table() + "\" satisfies \"" + column.column() + " is null\")", nulls.query());
        context.report(IntegrityCheck.everyValueMatches(column, pattern, found, database.name()));
    }

    @Then("the rows of {name} with {columnName} include:")
    public void rowsInclude(QualifiedName table, String keyColumn, DataTable expected) {
        Database database = context.database();
        CatalogSnapshot catalog = context.catalog();
        List<List<String>> cells = expected.cells();
        if (cells.size() < 2) {
            throw new ChecklistBroken("the table needs a header row naming " + keyColumn + " and other columns, and at least one row");
        }
        List<String> header = cells.get(0).stream().map(h -> h == null ? "" : h.trim()).toList();
        int keyAt = indexOfIgnoringCase(header, keyColumn);
        if (keyAt < 0) {
            throw new ChecklistBroken("the table needs a '" + keyColumn + "' column to find the rows by (its header row has "
                    + String.join(", ", header) + ")");
        }
        List<String> columns = new ArrayList<>();
        for (String h : header) {
            if (!h.equalsIgnoreCase(keyColumn)) {
                columns.add(catalogName(catalog, table, h));
            }
        }
        String key = catalogName(catalog, table, header.get(keyAt));
        List<String> all = new ArrayList<>(List.of(key));
        all.addAll(columns);
        if (missing(catalog, table, all)) {
            return;
        }
        List<String> normalised = new ArrayList<>();
        header.forEach(h -> normalised.add(catalogName(catalog, table, h)));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : cells.subList(1, cells.size())) {
            Map<String, String> row = KeyedRowsCheck.row(normalised, line.stream().map(c -> c == null ? null : context.run().values().expand(c)).toList());
            if (row.get(key) == null) {
                throw new ChecklistBroken("a row of the table has no " + keyColumn + ": " + line);
            }
            rows.add(row);
        }
        KeyedRows actual = IntegrityReader.byKey(database, table, key, columns, rows.stream().map(r -> r.get(key)).toList());
        context.evidence().query("rows of " + table + " by " + key, actual.query());
        context.report(KeyedRowsCheck.includes(table, key, columns, rows, actual, database.name()));
    }

    @Then("{tableColumn} differs between {database} and {database} where {columnName} is:")
    public void differsBetween(QualifiedColumn column, String sourceName, String targetName, String keyColumn, DataTable keys) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(TableRows.column(keys, context.run().values(), keyColumn)));
        Database source = context.database(sourceName);
        Database target = context.database(targetName);
        List<Verdict> absent = new ArrayList<>();
        for (Database database : List.of(source, target)) {
            CatalogSnapshot catalog = context.catalog(database);
            Optional<Verdict> problem = missingIn(catalog, column.table(), List.of(column.column(), keyColumn));
            problem.ifPresent(absent::add);
        }
        if (!absent.isEmpty()) {
            List<Mismatch> all = absent.stream().flatMap(v -> v.mismatches().stream()).toList();
            context.report(Verdict.of(FailureCategory.DATA_INTEGRITY, column + " in " + sourceName + " and " + targetName, all));
            return;
        }
        CompletableFuture<KeyedRows> s = CompletableFuture.supplyAsync(() -> IntegrityReader.digestsByKey(source, column, keyColumn, wanted));
        CompletableFuture<KeyedRows> t = CompletableFuture.supplyAsync(() -> IntegrityReader.digestsByKey(target, column, keyColumn, wanted));
        KeyedRows inSource = join(s);
        KeyedRows inTarget = join(t);
        context.evidence().query(column + " by " + keyColumn + " in " + sourceName + " (values are compared by digest, never shown)", inSource.query());
        context.evidence().query(column + " by " + keyColumn + " in " + targetName + " (values are compared by digest, never shown)", inTarget.query());
        context.report(KeyedRowsCheck.differs(column, keyColumn, wanted, sourceName, inSource, targetName, inTarget));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** A table's primary key columns; a table without one cannot be pointed at, and the checklist item cannot be checked. */
    private List<String> primaryKey(CatalogSnapshot catalog, QualifiedName table, String what) {
        if (catalog.relation(table).isEmpty()) {
            return List.of();
        }
        List<String> key = primaryKeyOrEmpty(catalog, table);
        if (key.isEmpty()) {
            throw new ChecklistBroken("table " + table + " in " + catalog.database().name() + " has no primary key, so the "
                    + what + " cannot be checked: give it a primary key, or check the columns with: no row of \"...\" satisfies \"...\"");
        }
        return key;
    }

    private static List<String> primaryKeyOrEmpty(CatalogSnapshot catalog, QualifiedName table) {
        return catalog.indexes().stream().filter(i -> i.primary() && i.table().equals(table)).findFirst()
                .map(Index::columns).orElse(List.of());
    }

    private static void requireSameLength(List<String> through, List<String> key, QualifiedName from, QualifiedName target) {
        if (through.size() != key.size()) {
            throw new ChecklistBroken(from + " through " + String.join(", ", through) + " names " + through.size()
                    + (through.size() == 1 ? " column" : " columns") + ", but the primary key of " + target + " has " + key.size()
                    + " (" + String.join(", ", key) + "): name one column for each, in key order");
        }
    }

    /** Reports a failed verdict when the table or one of its columns does not exist. */
    private boolean missing(CatalogSnapshot catalog, QualifiedName table, List<String> columns) {
        Optional<Verdict> problem = missingIn(catalog, table, columns);
        problem.ifPresent(v -> context.report(v, catalog, "relations", "columns"));
        return problem.isPresent();
    }

    private static Optional<Verdict> missingIn(CatalogSnapshot catalog, QualifiedName table, List<String> columns) {
        String subject = "rows of " + table + " in " + catalog.database().name();
        if (catalog.relation(table).isEmpty()) {
            return Optional.of(Verdict.of(FailureCategory.DATA_INTEGRITY, subject, List.of(Mismatch.missing("table " + table, "does not exist in " + catalog.database().name()))));
        }
        List<Mismatch> absent = new ArrayList<>();
        for (String column : columns) {
            if (catalog.columns().stream().noneMatch(c -> c.table().equals(table) && c.name().equals(column))) {
                absent.add(Mismatch.missing("column " + table + "." + column, "does not exist in " + catalog.database().name()));
            }
        }
        return absent.isEmpty() ? Optional.empty() : Optional.of(Verdict.of(FailureCategory.DATA_INTEGRITY, subject, absent));
    }

    /** A header as the catalog spells the column (headers are case-insensitive), or as written when there is no such column. */
    private static String catalogName(CatalogSnapshot catalog, QualifiedName table, String header) {
        List<Column> columns = catalog.columns().stream().filter(c -> c.table().equals(table)).toList();
        return columns.stream().map(Column::name).filter(n -> n.equals(header)).findFirst()
                .or(() -> columns.stream().map(Column::name).filter(n -> n.equalsIgnoreCase(header)).findFirst())
                .orElse(header);
    }

    private static int indexOfIgnoringCase(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
