package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.FunctionCall;
import dev.releasegate.verifier.checks.Presence;
import dev.releasegate.verifier.checks.ProbeCheck;
import dev.releasegate.verifier.checks.Roles;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.RequestIdentity;
import dev.releasegate.verifier.db.RoleProbe;
import dev.releasegate.verifier.db.SqlIdentifier;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Behaviour as a role: row level security and RPC probed the way a PostgREST request would meet them. */
public final class BehaviourSteps {

    private final ScenarioContext context;
    private final ActingRole acting;
    private final KnownValues known;

    public BehaviourSteps(ScenarioContext context, ActingRole acting, KnownValues known) {
        this.context = context;
        this.acting = acting;
        this.known = known;
    }

    @Given("I act as the role {role}")
    public void actAsRole(String role) {
        Roles.requireKnown(role, context.catalog().roles(), context.database().name());
        acting.actAs(RequestIdentity.role(role));
    }

    @Given("I act as the {role} user {text}")
    public void actAsUser(String role, String user) {
        actAsUserWithClaims(role, user, new TableTypes.Claims(Map.of()));
    }

    @Given("I act as the {role} user {text} with claims:")
    public void actAsUserWithClaims(String role, String user, TableTypes.Claims claims) {
        Roles.requireKnown(role, context.catalog().roles(), context.database().name());
        acting.actAs(RequestIdentity.user(role, user, claims.values()));
    }

    @Then("I see {count} row(s) in {name}")
    public void iSeeRows(long rows, QualifiedName table) {
        context.report(ProbeCheck.sees(table, rows, readAs(table, "I see " + rows + " rows in")));
    }

    @Then("I see no rows in {name}")
    public void iSeeNoRows(QualifiedName table) {
        iSeeRows(0, table);
    }

    @Then("reading {name} is denied")
    public void readingIsDenied(QualifiedName table) {
        context.report(ProbeCheck.denied(table, readAs(table, "reading ... is denied")));
    }

    /** Reading is refused with an error that says this (a schema's USAGE revoked, say), not merely with "no rows". */
    @Then("reading {name} is denied with {text}")
    public void readingIsDeniedWith(QualifiedName table, String message) {
        context.report(ProbeCheck.deniedWith(table, message, readAs(table, "reading ... is denied with")));
    }

    @When("I call {text}")
    public void call(String text) {
        FunctionCall call = FunctionCall.parse(text, context.run().defaultSchema());
        Function function = resolve(call);
        ProbeOutcome outcome = RoleProbe.call(acting.probing(context.database()), acting.identity(), function.oid(),
                call.sql(function), new ArrayList<>(known.values(call))); // nulls stand for SQL NULL
        context.evidence().text("call " + call.text(), outcome.describe());
        acting.called(call.text(), outcome);
        outcome.result().ifPresent(known::result);
    }

    /** The function a call means; one the database lacks makes the item false here. */
    private Function resolve(FunctionCall call) {
        Database database = context.database();
        Optional<Function> function = call.resolve(context.catalog().functions(), database.name());
        ProbeCheck.noSuchFunction(call, function, database.name()).ifPresent(context::report);
        return function.orElseThrow();
    }

    @Then("the call fails with {text}")
    public void callFails(String message) {
        context.report(ProbeCheck.callFails(acting.lastCall(), message, acting.lastCallOutcome()));
    }

    @Then("the call succeeds")
    public void callSucceeds() {
        context.report(ProbeCheck.callSucceeds(acting.lastCall(), acting.lastCallOutcome()));
    }

    @Then("the call returns:")
    public void callReturns(Listed.Grid expected) {
        context.report(ProbeCheck.callReturns(acting.lastCall(), expected.header(), expected.rows(), acting.lastCallOutcome()));
    }

    /** {@code select count(*)} as the acted role; a table that does not exist is a false item, reported here. */
    private ProbeOutcome readAs(QualifiedName table, String step) {
        RequestIdentity identity = acting.required(step);
        CatalogSnapshot catalog = context.catalog();
        Presence.require("reading " + table + " as " + identity.describe() + " in " + catalog.database().name(),
                catalog.absence(table, List.of())).ifPresent(context::report);
        ProbeOutcome outcome = RoleProbe.run(acting.probing(context.database()), Optional.of(identity),
                "select count(*) from " + SqlIdentifier.quote(table.schema(), table.name()), List.of());
        context.evidence().text("reading " + table + " as " + identity.describe(), outcome.describe());
        return outcome;
    }
}
