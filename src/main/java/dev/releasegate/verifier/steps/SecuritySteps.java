package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.PolicyCheck;
import dev.releasegate.verifier.checks.PolicyExpectation;
import dev.releasegate.verifier.checks.PolicyPresenceCheck;
import dev.releasegate.verifier.checks.Presence;
import dev.releasegate.verifier.checks.RowLevelSecurityCheck;
import io.cucumber.java.en.Then;

import java.util.List;

/** Row level security and policies. */
public final class SecuritySteps {

    private final ScenarioContext context;

    public SecuritySteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("row level security is enabled on {name}")
    public void enabledOn(QualifiedName table) {
        rls(table.toString(), List.of(table), false, List.of());
    }

    @Then("row level security is forced on {name}")
    public void forcedOn(QualifiedName table) {
        rls(table.toString(), List.of(table), true, List.of());
    }

    @Then("row level security is enabled on these tables:")
    public void enabledOnThese(Listed.Tables tables) {
        rls("the listed tables", tables.qualified(), false, List.of());
    }

    @Then("row level security is enabled on every table matching {pattern}")
    public void enabledOnMatching(NamePattern pattern) {
        rls("tables matching " + pattern, context.catalog().tableNamesMatching(pattern), false, List.of());
    }

    @Then("row level security is enabled on every table in schema {schema}")
    public void enabledInSchema(String schema) {
        rls("tables in schema " + schema, context.catalog().tableNamesMatching(NamePattern.wholeSchema(schema)), false, List.of());
    }

    @Then("row level security is enabled on every table in schema {schema}, except:")
    public void enabledInSchemaExcept(String schema, Listed.Tables except) {
        rls("tables in schema " + schema, context.catalog().tableNamesMatching(NamePattern.wholeSchema(schema)), false, except.in(schema));
    }

    private void rls(String scope, List<QualifiedName> tables, boolean forced, List<QualifiedName> excepted) {
        context.report(RowLevelSecurityCheck.enabled(scope, tables, context.catalog().relations(), forced, excepted,
                context.database().name()));
    }

    @Then("these policies exist:")
    public void thesePoliciesExist(List<PolicyExpectation> expected) {
        CatalogSnapshot catalog = context.catalog();
        context.report(PolicyCheck.exist(expected, catalog.onTables(expected.stream().map(PolicyExpectation::table).toList(),
                catalog::policiesOn), context.database().name()));
    }

    @Then("exactly these policies exist on {name}:")
    public void exactlyThesePolicies(QualifiedName table, Listed.Policies policies) {
        CatalogSnapshot catalog = context.catalog();
        context.report(Presence.require("policies on " + table + " in " + context.database().name(), catalog.absence(table, List.of()))
                .orElseGet(() -> PolicyCheck.exactly(table, policies.names(), catalog.policiesOn(table), context.database().name())));
    }

    @Then("the table {name} has no {command} policy")
    public void noPolicyFor(QualifiedName table, PolicyCommand command) {
        CatalogSnapshot catalog = context.catalog();
        context.report(PolicyCheck.noPolicyFor(table, command, catalog.relation(table), catalog.policiesOn(table), context.database().name()));
    }

    /** Within the default schema, like every unqualified name: Supabase's own schemas keep RLS tables without policies on purpose. */
    @Then("every table with row level security enabled has at least one policy")
    public void everyProtectedTableHasAPolicy() {
        CatalogSnapshot catalog = context.catalog();
        String schema = context.run().defaultSchema();
        context.report(PolicyPresenceCheck.everyProtectedTableHasOne("in schema " + schema,
                catalog.tablesMatching(NamePattern.wholeSchema(schema)), catalog.policies(), context.database().name()));
    }
}
