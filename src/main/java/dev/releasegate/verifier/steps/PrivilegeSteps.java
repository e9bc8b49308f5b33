package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.ObjectName;
import dev.releasegate.verifier.checks.PrivilegeCheck;
import dev.releasegate.verifier.checks.PrivilegeExpectation;
import dev.releasegate.verifier.checks.Roles;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Privileges of roles on tables, views, sequences and functions, as PostgreSQL decides them. */
public final class PrivilegeSteps {

    private final ScenarioContext context;

    public PrivilegeSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these privileges are granted:")
    public void thesePrivilegesAreGranted(List<PrivilegeExpectation> expected) {
        context.report(PrivilegeCheck.granted(expected, facts(context.catalog())));
    }

    @Then("the role {role} has no privileges on {object}")
    public void hasNoPrivileges(String role, ObjectName object) {
        context.report(PrivilegeCheck.none(new PrivilegeExpectation(object, role, Set.of(), false), facts(context.catalog())));
    }

    @Then("the role {role} has exactly these privileges on {object}: {privileges}")
    public void hasExactly(String role, ObjectName object, PrivilegeWords privileges) {
        context.report(PrivilegeCheck.exactly(new PrivilegeExpectation(object, role, privileges.privileges(), privileges.all()),
                facts(context.catalog())));
    }

    @Then("the role {role} has no privileges on schema {schema}")
    public void hasNoSchemaPrivileges(String role, String schema) {
        CatalogSnapshot catalog = context.catalog();
        Roles.requireKnown(role, catalog.roles(), context.database().name());
        context.report(PrivilegeCheck.noneOnSchema(role, schema, Optional.ofNullable(catalog.schemaPrivilegesOf(role).get(schema)),
                context.database().name()));
    }

    private PrivilegeCheck.Facts facts(CatalogSnapshot catalog) {
        return new PrivilegeCheck.Facts(catalog::relationPrivilegesOf, catalog::functionsExecutableBy, catalog::functions,
                catalog.roles(), context.database().name());
    }
}
