package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.FunctionCall;
import dev.releasegate.verifier.checks.Mismatch;
import dev.releasegate.verifier.checks.ProbeCheck;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.RequestIdentity;
import dev.releasegate.verifier.db.RoleProbe;
import dev.releasegate.verifier.db.SqlIdentifier;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Behaviour as a role: row level security and RPC probed the way a PostgREST request would meet them. */
@ReportedAs(FailureCategory.SECURITY)
public final class BehaviourSteps {

    private final ScenarioContext context;
    private final ActingRole acting;

    public BehaviourSteps(ScenarioContext context, ActingRole acting) {
        this.context = context;
        this.acting = acting;
    }

    @Given("I act as the role {role}")
    public void actAsRole(String role) {
        FunctionSteps.requireRole(context.catalog(), role);
        acting.actAs(RequestIdentity.role(role));
    }

    @Given("I act as the {role} user {string}")
    public void actAsUser(String role, String user) {
        actAsUserWithClaims(role, user, Map.of());
    }

    @Given("I act as the {role} user {string} with claims:")
    public void actAsUserWithClaims(String role, String user, DataTable claims) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (TableRows.Row row : TableRows.read(claims, context.run().values(), Set.of("claim", "value"), Set.of())) {
            extra.put(row.required("claim"), row.get("value").orElse(""));
        }
        actAsUserWithClaims(role, user, extra);
    }

    private void actAsUserWithClaims(String role, String user, Map<String, String> claims) {
        FunctionSteps.requireRole(context.catalog(), role);
        acting.actAs(RequestIdentity.user(role, context.run().values().expand(user), claims));
    }

    @Then("I see {long} row(s) in {name}")
    public void iSeeRows(long rows, QualifiedName table) {
        ProbeOutcome outcome = readAs(table, "I see " + rows + " rows in");
        if (outcome != null) {
            context.report(ProbeCheck.sees(table, rows, outcome));
        }
    }

    @Then("I see no rows in {name}")
    public void iSeeNoRows(QualifiedName table) {
        iSeeRows(0, table);
    }

    @Then("reading {name} is denied")
    public void readingIsDenied(QualifiedName table) {
        ProbeOutcome outcome = readAs(table, "reading ... is denied");
        if (outcome != null) {
            context.report(ProbeCheck.denied(table, outcome));
        }
    }

    @When("I call {string}")
    public void call(String text) {
        Database database = context.database();
        FunctionCall call = FunctionCall.parse(context.run().values().expand(text), context.run().defaultSchema());
        java.util.Optional<Function> resolved = call.resolve(context.catalog().functions(), database.name());
        if (resolved.isEmpty()) {
            context.report(Verdict.of(FailureCategory.SECURITY, "calling " + call.text() + " in " + database.name(),
                    List.of(Mismatch.missing("function " + call.name(), "does not exist"))), context.catalog(), "functions");
            return;
        }
        Function function = resolved.get();
        ProbeOutcome outcome = RoleProbe.run(database, acting.identity(), acting.writes(), FunctionCall.sql(function),
                new java.util.ArrayList<Object>(call.arguments())); // nulls stand for SQL NULL
        context.evidence().text("call " + call.text(), outcome.describe());
        acting.called(call.text(), outcome);
    }

    @Then("the call fails with {string}")
    public void callFails(String message) {
        context.report(ProbeCheck.callFails(acting.lastCall(), context.run().values().expand(message), acting.lastCallOutcome()));
    }

    @Then("the call succeeds")
    public void callSucceeds() {
        context.report(ProbeCheck.callSucceeds(acting.lastCall(), acting.lastCallOutcome()));
    }

    @Then("the call returns:")
    public void callReturns(DataTable expected) {
        List<List<String>> cells = expected.cells().stream()
                .map(row -> row.stream().map(c -> c == null ? "" : context.run().values().expand(c)).toList()).toList();
        context.report(ProbeCheck.callReturns(acting.lastCall(), cells.get(0), cells.subList(1, cells.size()), acting.lastCallOutcome()));
    }

    /** {@code select count(*)} as the acted role; null when the table does not exist (already reported as failed). */
    private ProbeOutcome readAs(QualifiedName table, String step) {
        RequestIdentity identity = acting.required(step);
        CatalogSnapshot catalog = context.catalog();
        if (catalog.relation(table).isEmpty()) {
            context.report(Verdict.of(FailureCategory.SECURITY, "reading " + table + " as " + identity.describe() + " in " + catalog.database().name(),
                    List.of(Mismatch.missing("table " + table, "does not exist"))));
            return null;
        }
        ProbeOutcome outcome = RoleProbe.run(context.database(), java.util.Optional.of(identity), acting.writes(),
                "select count(*) from " + SqlIdentifier.quote(table.schema(), table.name()), List.of());
        context.evidence().text("reading " + table + " as " + identity.describe(), outcome.describe());
        return outcome;
    }
}
