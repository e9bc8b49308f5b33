package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.checks.FunctionDefinitionCheck;
import dev.releasegate.verifier.checks.FunctionExpectation;
import dev.releasegate.verifier.checks.FunctionPropertiesCheck;
import io.cucumber.java.en.Then;

import java.util.List;

/** Functions (RPC): result, language, security and search path, and what their code says. */
public final class FunctionDefinitionSteps {

    private final ScenarioContext context;

    public FunctionDefinitionSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these functions exist:")
    public void theseFunctionsExist(List<FunctionExpectation> expected) {
        context.report(FunctionPropertiesCheck.exist(expected, context.catalog().functions(), context.database().name()));
    }

    @Then("the definition of {function} contains {text}")
    public void definitionContains(FunctionSignature function, String text) {
        context.report(FunctionDefinitionCheck.contains(function, text, context.catalog().functions(), context.database().name()));
    }

    @Then("every security definer function in schema {schema} has a fixed search path")
    public void definersHaveFixedSearchPath(String schema) {
        CatalogSnapshot catalog = context.catalog();
        context.report(FunctionDefinitionCheck.definersHaveFixedSearchPath(schema, catalog.schemas().contains(schema), catalog.functions(),
                context.database().name()));
    }
}
