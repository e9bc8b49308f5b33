package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.FunctionSecurity;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.checks.FunctionDefinitionCheck;
import dev.releasegate.verifier.checks.FunctionExpectation;
import dev.releasegate.verifier.checks.FunctionPropertiesCheck;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Set;

/** Functions (RPC): result, language, security and search path, and what their code says. */
@ReportedAs(FailureCategory.SECURITY)
public final class FunctionDefinitionSteps {

    private final ScenarioContext context;

    public FunctionDefinitionSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these functions exist:")
    public void theseFunctionsExist(DataTable functions) {
        String schema = context.run().defaultSchema();
        List<FunctionExpectation> expected = TableRows.read(functions, context.run().values(), Set.of("function"),
                        Set.of("returns", "language", "security", "search path")).stream()
                .map(row -> new FunctionExpectation(FunctionSignature.parse(row.required("function"), schema), row.get("returns"),
                        row.get("language"), row.get("security").map(FunctionSecurity::fromWord), row.get("search path"))).toList();
        CatalogSnapshot catalog = context.catalog();
        context.report(FunctionPropertiesCheck.exist(expected, catalog.functions(), context.database().name()), catalog, "functions");
    }

    @Then("the definition of {function} contains {string}")
    public void definitionContains(FunctionSignature function, String text) {
        CatalogSnapshot catalog = context.catalog();
        context.report(FunctionDefinitionCheck.contains(function, context.run().values().expand(text), catalog.functions(),
                context.database().name()), catalog, "functions");
    }

    @Then("every security definer function in schema {schema} has a fixed search path")
    public void definersHaveFixedSearchPath(String schema) {
        CatalogSnapshot catalog = context.catalog();
        context.report(FunctionDefinitionCheck.definersHaveFixedSearchPath(schema, catalog.schemas().contains(schema), catalog.functions(),
                context.database().name()), catalog, "schemas", "functions");
    }
}
