package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.checks.ResultCheck;
import dev.releasegate.verifier.checks.QueryStatement;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.RequestIdentity;
import dev.releasegate.verifier.db.RoleProbe;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.List;
import java.util.Optional;

/** Data: a checklist's own read-only query, and its result compared with a table or counted. */
@ReportedAs(FailureCategory.DATA_LOSS)
public final class QuerySteps {

    private final ScenarioContext context;
    private final ActingRole acting;
    private final LastQuery lastQuery;

    public QuerySteps(ScenarioContext context, ActingRole acting, LastQuery lastQuery) {
        this.context = context;
        this.acting = acting;
        this.lastQuery = lastQuery;
    }

    @When("I query:")
    public void query(String sql) {
        run(context.database(), sql);
    }

    @When("I query {database}:")
    public void queryIn(String database, String sql) {
        run(context.database(database), sql);
    }

    @Then("the result is:")
    public void resultIs(DataTable expected) {
        compare(expected, true);
    }

    @Then("the result is, in any order:")
    public void resultIsInAnyOrder(DataTable expected) {
        compare(expected, false);
    }

    @Then("the result is empty")
    public void resultIsEmpty() {
        LastQuery.Ran ran = lastQuery.required();
        context.report(ResultCheck.isEmpty(subject(ran), ran.result()));
    }

    @Then("the result has {long} row(s)")
    public void resultHasRows(long rows) {
        LastQuery.Ran ran = lastQuery.required();
        context.report(ResultCheck.count(subject(ran), rows, ran.result()));
    }

    /**
     * Without a role, a plain read-only transaction; while acting as a role, a probe as that role (which may write
     * only in a scenario tagged @writes, and is rolled back). Refused before sending unless it is one read-only statement.
     */
    private void run(Database database, String text) {
        String sql = context.run().values().expand(text);
        Optional<RequestIdentity> identity = acting.identity();
        QueryStatement statement = QueryStatement.forQuery(sql, identity.isPresent() && acting.writes());
        QueryResult result;
        if (identity.isPresent()) {
            ProbeOutcome outcome = RoleProbe.run(database, identity, acting.writes(), statement.sql(), List.of());
            context.evidence().text("query as " + identity.get().describe(), outcome.describe());
            result = outcome.result().orElseThrow(() -> new ChecklistBroken("the query failed in " + database.describe() + " as "
                    + identity.get().describe() + ": " + outcome.error().orElseThrow()));
        } else {
            ExecutedQuery executed = database.read(session -> {
                session.queryFromChecklist(statement.sql());
                List<ExecutedQuery> all = session.executed();
                return all.get(all.size() - 1);
            });
            context.evidence().query("query", executed);
            result = executed.result();
        }
        lastQuery.record(new LastQuery.Ran(database, identity, statement, result));
    }

    private void compare(DataTable table, boolean ordered) {
        LastQuery.Ran ran = lastQuery.required();
        List<List<String>> cells = table.cells().stream()
                .map(row -> row.stream().map(c -> c == null ? "" : context.run().values().expand(c)).toList()).toList();
        if (cells.isEmpty()) {
            throw new ChecklistBroken("the table is empty: give a header row of column names, then the rows (or write Then the result is empty)");
        }
        context.report(ResultCheck.matches(subject(ran), cells.get(0), cells.subList(1, cells.size()), ran.result(), ordered));
    }

    private static String subject(LastQuery.Ran ran) {
        return "result of the query in " + ran.database().name() + ran.identity().map(i -> " as " + i.describe()).orElse("");
    }
}
