package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.QueryStatement;
import dev.releasegate.verifier.checks.ReconciliationCheck;
import dev.releasegate.verifier.checks.ResultCheck;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.RequestIdentity;
import dev.releasegate.verifier.db.RoleProbe;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Data: a checklist's own read-only query, its result compared with a table or counted, or with its result in another database. */
public final class QuerySteps {

    private final ScenarioContext context;
    private final ActingRole acting;
    private final LastQuery lastQuery;
    private final KnownValues known;

    public QuerySteps(ScenarioContext context, ActingRole acting, LastQuery lastQuery, KnownValues known) {
        this.context = context;
        this.acting = acting;
        this.lastQuery = lastQuery;
        this.known = known;
    }

    @When("I query:")
    public void query(QueryText sql) {
        run(context.database(), sql);
    }

    @When("I query {database}:")
    public void queryIn(String database, QueryText sql) {
        run(context.database(database), sql);
    }

    @Then("the result is:")
    public void resultIs(Listed.Grid expected) {
        LastQuery.Ran ran = lastRan();
        context.report(ResultCheck.matches(subject(ran), expected.header(), expected.rows(), ran.result(), true));
    }

    @Then("the result is, in any order:")
    public void resultIsInAnyOrder(Listed.Grid expected) {
        LastQuery.Ran ran = lastRan();
        context.report(ResultCheck.matches(subject(ran), expected.header(), expected.rows(), ran.result(), false));
    }

    /** Rows that must be among the last query's or call's result (a set-returning function's, say); more rows are fine. */
    @Then("the result contains:")
    public void resultContains(Listed.Grid expected) {
        acting.requireNoUnexaminedFailure();
        context.report(ResultCheck.contains("result of the last query or call", expected.header(), expected.rows(), known.result()));
    }

    @Then("the result is empty")
    public void resultIsEmpty() {
        LastQuery.Ran ran = lastRan();
        context.report(ResultCheck.isEmpty(subject(ran), ran.result()));
    }

    @Then("the result has {count} row(s)")
    public void resultHasRows(long rows) {
        LastQuery.Ran ran = lastRan();
        context.report(ResultCheck.count(subject(ran), rows, ran.result()));
    }

    @Then("the result of this query is the same in {database} and {database}:")
    public void sameResult(String source, String target, QueryText sql) {
        sameResultWithin(source, target, null, sql);
    }

    /** Refused before sending unless it is one read-only statement, as When I query; run in both databases at once. */
    @Then("the result of this query is the same in {database} and {database} within {percent}:")
    public void sameResultWithin(String source, String target, BigDecimal tolerance, QueryText sql) {
        QueryStatement statement = QueryStatement.forQuery(sql.sql(), false);
        Both<ExecutedQuery> ran = Both.of(() -> sent(context.database(source), statement), () -> sent(context.database(target), statement));
        context.evidence().query("the query in " + source, ran.first());
        context.evidence().query("the query in " + target, ran.second());
        context.report(ReconciliationCheck.same(source, ran.first().result(), target, ran.second().result(), Optional.ofNullable(tolerance)));
    }

    /**
     * Without a role, outside @writes, a plain read-only transaction; while acting as a role, a probe as that role;
     * in a scenario tagged @writes, a step of the scenario's one read-write transaction (rolled back at its end).
     * Refused before sending unless it is one statement that may run here. An error the server raises is the
     * outcome, for Then it fails ...; any other next step stops on it.
     */
    private void run(Database database, QueryText sql) {
        Optional<RequestIdentity> identity = acting.identity();
        QueryStatement statement = QueryStatement.forQuery(sql.sql(), acting.writes());
        boolean probe = identity.isPresent() || acting.writes();
        ProbeOutcome outcome = probe ? RoleProbe.run(acting.probing(database), identity, statement.sql(), List.of())
                : RoleProbe.read(database, statement.sql());
        context.evidence().text("query" + identity.map(i -> " as " + i.describe()).orElse(""), outcome.describe());
        outcome.result().ifPresent(result -> context.evidence().table("query: " + result.size() + (result.size() == 1 ? " row" : " rows"), result.columns(), result.rows()));
        acting.ran("the query", outcome);
        outcome.result().ifPresentOrElse(result -> lastQuery.record(new LastQuery.Ran(database, identity, statement, result)),
                () -> lastQuery.failed(outcome.error().orElseThrow().toString()));
        outcome.result().ifPresent(known::result);
    }

    /** The last query, which must have succeeded (a failure no step expected stops here, saying so). */
    private LastQuery.Ran lastRan() {
        acting.requireNoUnexaminedFailure();
        return lastQuery.required();
    }

    /**
     * The one way a checklist's own statement is sent without a role: read-only, with the statement timeout, and
     * refused unless every function it calls stays inside the transaction (the guard behind queryFromChecklist).
     */
    private static ExecutedQuery sent(Database database, QueryStatement statement) {
        return database.read(session -> {
            session.queryFromChecklist(statement.sql());
            return session.executed().get(session.executed().size() - 1);
        });
    }

    private static String subject(LastQuery.Ran ran) {
        return "result of the query in " + ran.database().name() + ran.identity().map(i -> " as " + i.describe()).orElse("");
    }
}
