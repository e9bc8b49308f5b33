package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.checks.FunctionCheck;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import io.cucumber.java.en.Then;

import java.util.Set;
import java.util.TreeSet;

/** Functions (RPC): existence and who may execute them. */
@ReportedAs(FailureCategory.SCHEMA_DRIFT)
public final class FunctionSteps {

    private final ScenarioContext context;

    public FunctionSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the function {function} exists")
    public void functionExists(FunctionSignature function) {
        CatalogSnapshot catalog = context.catalog();
        context.report(FunctionCheck.exists(function, catalog.functions(), context.database().name()), catalog, "functions");
    }

    @Then("the role {role} can execute {function}")
    public void canExecute(String role, FunctionSignature function) {
        execute(role, function, true);
    }

    @Then("the role {role} cannot execute {function}")
    public void cannotExecute(String role, FunctionSignature function) {
        execute(role, function, false);
    }

    @ReportedAs(FailureCategory.SECURITY)
    private void execute(String role, FunctionSignature function, boolean expected) {
        CatalogSnapshot catalog = context.catalog();
        requireRole(catalog, role);
        Set<Long> executable = catalog.functionsExecutableBy(role);
        context.report(FunctionCheck.execute(role, function, catalog.functions(), executable, expected, context.database().name()),
                catalog, "functions", "execute privileges of " + role);
    }

    /** An unknown role would make has_function_privilege raise; say it in checklist words instead. */
    static void requireRole(CatalogSnapshot catalog, String role) {
        if (!catalog.roles().contains(role)) {
            throw new ChecklistBroken("role '" + role + "' does not exist in " + catalog.database().name() + " (roles: "
                    + String.join(", ", new TreeSet<>(catalog.roles()).stream().filter(r -> !r.startsWith("pg_")).toList()) + ")");
        }
    }
}
