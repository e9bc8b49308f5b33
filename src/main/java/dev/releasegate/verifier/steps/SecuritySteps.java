package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.checks.PolicyCheck;
import dev.releasegate.verifier.checks.PolicyExpectation;
import dev.releasegate.verifier.checks.PolicyPresenceCheck;
import dev.releasegate.verifier.checks.RowLevelSecurityCheck;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Row level security, policies and privileges. */
@ReportedAs(FailureCategory.SECURITY)
public final class SecuritySteps {

    private final ScenarioContext context;

    public SecuritySteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("row level security is enabled on {name}")
    public void enabledOn(QualifiedName table) {
        rls(table.toString(), List.of(table), false);
    }

    @Then("row level security is forced on {name}")
    public void forcedOn(QualifiedName table) {
        rls(table.toString(), List.of(table), true);
    }

    @Then("row level security is enabled on these tables:")
    public void enabledOnThese(DataTable table) {
        List<QualifiedName> tables = TableRows.column(table, context.run().values(), "table").stream()
                .map(n -> QualifiedName.parse(n, context.run().defaultSchema())).toList();
        rls("the listed tables", tables, false);
    }

    @Then("row level security is enabled on every table matching {pattern}")
    public void enabledOnMatching(NamePattern pattern) {
        rls("tables matching " + pattern, matching(pattern, List.of()), false);
    }

    @Then("row level security is enabled on every table in schema {schema}")
    public void enabledInSchema(String schema) {
        rls("tables in schema " + schema, matching(NamePattern.wholeSchema(schema), List.of()), false);
    }

    @Then("row level security is enabled on every table in schema {schema}, except:")
    public void enabledInSchemaExcept(String schema, DataTable except) {
        List<QualifiedName> excepted = TableRows.column(except, context.run().values(), "table").stream()
                .map(n -> QualifiedName.parse(n, schema)).toList();
        rls("tables in schema " + schema, matching(NamePattern.wholeSchema(schema), excepted), false);
    }

    private List<QualifiedName> matching(NamePattern pattern, List<QualifiedName> excepted) {
        return context.catalog().tablesMatching(pattern).stream().map(Relation::name).filter(n -> !excepted.contains(n)).toList();
    }

    private void rls(String scope, List<QualifiedName> tables, boolean forced) {
        CatalogSnapshot catalog = context.catalog();
        context.report(RowLevelSecurityCheck.enabled(scope, tables, catalog.relations(tables), forced, context.database().name()), catalog, "relations");
    }

    @Then("these policies exist:")
    public void thesePoliciesExist(DataTable table) {
        String schema = context.run().defaultSchema();
        List<PolicyExpectation> expected = TableRows.read(table, context.run().values(), Set.of("table", "policy"),
                Set.of("command", "roles", "using", "with check", "mode")).stream().map(row -> new PolicyExpectation(
                QualifiedName.parse(row.required("table"), schema), row.required("policy"),
                row.get("command").map(PolicyCommand::fromWord),
                row.get("roles").map(TableRows::commaList),
                row.get("using"), row.get("with check"),
                row.get("mode").map(SecuritySteps::permissive))).toList();
        CatalogSnapshot catalog = context.catalog();
        context.report(PolicyCheck.exist(expected, catalog.onTables(expected.stream().map(PolicyExpectation::table).toList(), catalog::policiesOn),
                context.database().name()), catalog, "policies");
    }

    private static boolean permissive(String mode) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "permissive" -> true;
            case "restrictive" -> false;
            default -> throw new dev.releasegate.verifier.catalog.UnknownWord("policy mode", mode, List.of("permissive", "restrictive"));
        };
    }

    @Then("exactly these policies exist on {name}:")
    public void exactlyThesePolicies(QualifiedName table, DataTable policies) {
        CatalogSnapshot catalog = context.catalog();
        if (catalog.relation(table).isEmpty()) {
            throw new ChecklistBroken("table " + table + " does not exist in " + context.database().name());
        }
        List<String> names = TableRows.column(policies, context.run().values(), "policy");
        context.report(PolicyCheck.exactly(table, names, catalog.policiesOn(table), context.database().name()), catalog, "policies");
    }

    @Then("the table {name} has no {command} policy")
    public void noPolicyFor(QualifiedName table, PolicyCommand command) {
        CatalogSnapshot catalog = context.catalog();
        context.report(PolicyCheck.noPolicyFor(table, command, catalog.relation(table), catalog.policiesOn(table), context.database().name()),
                catalog, "policies");
    }

    /** Within the default schema, like every unqualified name: Supabase's own schemas keep RLS tables without policies on purpose. */
    @Then("every table with row level security enabled has at least one policy")
    public void everyProtectedTableHasAPolicy() {
        CatalogSnapshot catalog = context.catalog();
        String schema = context.run().defaultSchema();
        context.report(PolicyPresenceCheck.everyProtectedTableHasOne("in schema " + schema,
                catalog.tablesMatching(NamePattern.wholeSchema(schema)), catalog.policies(), context.database().name()),
                catalog, "relations", "policies");
    }
}
