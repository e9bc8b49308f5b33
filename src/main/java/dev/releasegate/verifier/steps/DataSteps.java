package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.TableRowCounts;
import dev.releasegate.verifier.checks.Mismatch;
import dev.releasegate.verifier.checks.RowCountCheck;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.outcome.FailureCategory;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Data: row counts of one database, and row counts reconciled across two. */
@ReportedAs(FailureCategory.DATA_LOSS)
public final class DataSteps {

    private final ScenarioContext context;

    public DataSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the table {name} has {long} row(s)")
    public void hasRows(QualifiedName table, long expected) {
        count(table, expected, false);
    }

    @Then("the table {name} has at least {long} row(s)")
    public void hasAtLeast(QualifiedName table, long minimum) {
        count(table, minimum, true);
    }

    @Then("the table {name} is empty")
    public void isEmpty(QualifiedName table) {
        count(table, 0, false);
    }

    private void count(QualifiedName table, long expected, boolean atLeast) {
        Database database = context.database();
        if (missing(context.catalog(), table)) {
            return;
        }
        TableRowCounts.Counted counted = TableRowCounts.count(database, List.of(table));
        context.evidence().query("row count", counted.query());
        long actual = counted.counts().get(table);
        context.report(atLeast ? RowCountCheck.atLeast(table, expected, actual, database.name())
                : RowCountCheck.exactly(table, expected, actual, database.name()));
    }

    @Then("these row counts hold:")
    public void theseRowCountsHold(DataTable table) {
        Database database = context.database();
        CatalogSnapshot catalog = context.catalog();
        String schema = context.run().defaultSchema();
        List<TableRows.Row> rows = TableRows.read(table, context.run().values(), Set.of("table", "rows"), Set.of());
        Verdict.Builder verdict = new Verdict.Builder(FailureCategory.DATA_LOSS, "row counts in " + database.name(), List.of("table", "rows", "expected"));
        List<QualifiedName> present = new ArrayList<>();
        for (TableRows.Row row : rows) {
            QualifiedName name = QualifiedName.parse(row.required("table"), schema);
            if (catalog.relation(name).isPresent()) {
                present.add(name);
            }
        }
        TableRowCounts.Counted counted = TableRowCounts.count(database, present);
        if (counted.query() != null) {
            context.evidence().query("row counts", counted.query());
        }
        for (TableRows.Row row : rows) {
            QualifiedName name = QualifiedName.parse(row.required("table"), schema);
            long expected = parseCount(row.required("rows"));
            Long actual = counted.counts().get(name);
            List<String> cells = List.of(name.toString(), actual == null ? "(no table)" : actual.toString(), String.valueOf(expected));
            if (actual == null) {
                verdict.mismatch(Mismatch.missing("table " + name, "does not exist"), cells);
            } else if (actual != expected) {
                verdict.mismatch(Mismatch.differs("table " + name, actual + " rows, expected " + expected), cells);
            } else {
                verdict.ok(cells);
            }
        }
        context.report(verdict.build());
    }

    private static long parseCount(String text) {
        try {
            return Long.parseLong(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ChecklistBroken("'" + text + "' is not a row count: write a whole number");
        }
    }

    @Then("the row counts of tables matching {pattern} are equal in {database} and {database}")
    public void countsEqual(NamePattern pattern, String source, String target) {
        reconcile("matching " + pattern, pattern, source, target, Set.of());
    }

    @Then("the row counts of tables matching {pattern} are equal in {database} and {database}, except:")
    public void countsEqualExcept(NamePattern pattern, String source, String target, DataTable except) {
        Set<QualifiedName> excepted = Set.copyOf(TableRows.column(except, context.run().values(), "table").stream()
                .map(n -> QualifiedName.parse(n, pattern.schema())).toList());
        reconcile("matching " + pattern, pattern, source, target, excepted);
    }

    @Then("the row counts of every table in schema {schema} are equal in {database} and {database}")
    public void countsEqualInSchema(String schema, String source, String target) {
        reconcile("in schema " + schema, NamePattern.wholeSchema(schema), source, target, Set.of());
    }

    /** Counts both databases at once, on two threads: a reconciliation costs the slower side, not the sum. */
    private void reconcile(String scope, NamePattern pattern, String sourceName, String targetName, Set<QualifiedName> excepted) {
        Database source = context.database(sourceName);
        Database target = context.database(targetName);
        CompletableFuture<TableRowCounts.Counted> sourceCounts = CompletableFuture.supplyAsync(() -> countMatching(source, pattern));
        CompletableFuture<TableRowCounts.Counted> targetCounts = CompletableFuture.supplyAsync(() -> countMatching(target, pattern));
        TableRowCounts.Counted s = join(sourceCounts);
        TableRowCounts.Counted t = join(targetCounts);
        if (s.query() != null) {
            context.evidence().query("row counts in " + sourceName, s.query());
        }
        if (t.query() != null) {
            context.evidence().query("row counts in " + targetName, t.query());
        }
        context.report(RowCountCheck.equal(sourceName, s.counts(), targetName, t.counts(), excepted, scope));
    }

    private TableRowCounts.Counted countMatching(Database database, NamePattern pattern) {
        List<QualifiedName> tables = context.catalog(database).tablesMatching(pattern).stream().map(Relation::name).toList();
        return TableRowCounts.count(database, tables);
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

    private boolean missing(CatalogSnapshot catalog, QualifiedName table) {
        if (catalog.relation(table).isPresent()) {
            return false;
        }
        context.report(Verdict.of(FailureCategory.DATA_LOSS, "rows of " + table + " in " + catalog.database().name(),
                List.of(Mismatch.missing("table " + table, "does not exist"))));
        return true;
    }
}
