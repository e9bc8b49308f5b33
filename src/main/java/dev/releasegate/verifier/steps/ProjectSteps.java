package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.AuthSettingCheck;
import dev.releasegate.verifier.checks.EdgeFunctionCheck;
import dev.releasegate.verifier.checks.ProjectDatabaseCheck;
import dev.releasegate.verifier.checks.ProjectSecretCheck;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.util.List;

/** A Supabase project beyond its database: Edge Functions, their secrets, auth settings, the database's version. */
public final class ProjectSteps {

    private final ScenarioContext context;
    private final CurrentProject project;

    public ProjectSteps(ScenarioContext context, CurrentProject project) {
        this.context = context;
        this.project = project;
    }

    @Given("the Supabase project {project}")
    public void theProject(String name) {
        project.use(name);
    }

    @Then("these Edge Functions are deployed:")
    public void theseFunctionsAreDeployed(ProjectParameterTypes.EdgeFunctionRows expected) {
        context.report(EdgeFunctionCheck.deployed(expected.rows(), project.functions(), project.name()));
    }

    @Then("exactly these Edge Functions are deployed:")
    public void exactlyTheseFunctionsAreDeployed(ProjectParameterTypes.EdgeFunctionRows expected) {
        context.report(EdgeFunctionCheck.exactlyDeployed(expected.rows(), project.functions(), project.name()));
    }

    @Then("the Edge Function {edgeFunction} is not deployed")
    public void functionIsNotDeployed(String slug) {
        context.report(EdgeFunctionCheck.notDeployed(slug, project.functions(), project.name()));
    }

    @Then("these secrets are set:")
    public void theseSecretsAreSet(ProjectParameterTypes.SecretNames names) {
        context.report(ProjectSecretCheck.set(names.names(), project.secrets(), project.name()));
    }

    @Then("the secret {projectSecret} differs between {project} and {project}")
    public void secretDiffers(String secret, String first, String second) {
        context.report(ProjectSecretCheck.differ(List.of(secret), project.secretsOf(first), first, project.secretsOf(second), second));
    }

    @Then("these secrets differ between {project} and {project}:")
    public void theseSecretsDiffer(String first, String second, ProjectParameterTypes.SecretNames names) {
        context.report(ProjectSecretCheck.differ(names.names(), project.secretsOf(first), first,
                project.secretsOf(second), second));
    }

    @Then("the auth setting {text} is {text}")
    public void authSettingIs(String setting, String expected) {
        context.report(AuthSettingCheck.is(setting, expected, project.authConfig(setting), project.name()));
    }

    @Then("the auth setting {text} contains {text}")
    public void authSettingContains(String setting, String entry) {
        context.report(AuthSettingCheck.contains(setting, entry, project.authConfig(setting), project.name()));
    }

    @Then("the auth setting {text} does not contain {text}")
    public void authSettingDoesNotContain(String setting, String entry) {
        context.report(AuthSettingCheck.doesNotContain(setting, entry, project.authConfig(setting), project.name()));
    }

    @Then("the project's database is PostgreSQL {int} or later")
    public void databaseIsAtLeast(int major) {
        context.report(ProjectDatabaseCheck.atLeast(major, project.details(), project.name()));
    }
}
