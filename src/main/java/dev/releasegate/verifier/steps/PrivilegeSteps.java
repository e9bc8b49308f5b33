package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.ObjectName;
import dev.releasegate.verifier.catalog.Privilege;
import dev.releasegate.verifier.catalog.RelationPrivileges;
import dev.releasegate.verifier.checks.PrivilegeCheck;
import dev.releasegate.verifier.checks.PrivilegeExpectation;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Privileges of roles on tables, views, sequences and functions, as PostgreSQL decides them. */
@ReportedAs(FailureCategory.SECURITY)
public final class PrivilegeSteps {

    private final ScenarioContext context;

    public PrivilegeSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these privileges are granted:")
    public void thesePrivilegesAreGranted(DataTable table) {
        String schema = context.run().defaultSchema();
        List<PrivilegeExpectation> expected = TableRows.read(table, context.run().values(), Set.of("object", "role", "privileges"), Set.of())
                .stream().map(row -> expectation(ObjectName.parse(row.required("object"), schema), role(row.required("role")),
                        row.required("privileges"))).toList();
        CatalogSnapshot catalog = context.catalog();
        Map<String, List<RelationPrivileges>> relations = new LinkedHashMap<>();
        Map<String, Set<Long>> executable = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (String role : expected.stream().map(PrivilegeExpectation::role).distinct().toList()) {
            requireRole(catalog, role);
            relations.put(role, catalog.relationPrivilegesOf(role));
            parts.add("table privileges of " + role);
        }
        // functions and execute rights are read only when a row names something that is not a table, view or sequence
        List<dev.releasegate.verifier.catalog.Function> functions = List.of();
        List<String> functionRoles = expected.stream().filter(e -> e.target().namesFunction() || relations.get(e.role()).stream()
                .noneMatch(r -> r.relation().equals(e.target().relation()))).map(PrivilegeExpectation::role).distinct().toList();
        if (!functionRoles.isEmpty()) {
            functions = catalog.functions();
            parts.add("functions");
        }
        for (String role : functionRoles) {
            executable.put(role, catalog.functionsExecutableBy(role));
            parts.add("execute privileges of " + role);
        }
        context.report(PrivilegeCheck.granted(expected, relations, executable, functions, context.database().name()),
                catalog, parts.toArray(String[]::new));
    }

    @Then("the role {role} has no privileges on {object}")
    public void hasNoPrivileges(String roleName, ObjectName object) {
        CatalogSnapshot catalog = context.catalog();
        String role = role(roleName);
        requireRole(catalog, role);
        context.report(PrivilegeCheck.none(new PrivilegeExpectation(object, role, Set.of(), false), catalog.relationPrivilegesOf(role),
                        catalog.functionsExecutableBy(role), catalog.functions(), context.database().name()),
                catalog, "table privileges of " + role, "execute privileges of " + role, "functions");
    }

    /** PUBLIC, in any case, is every role: PostgreSQL's privilege functions accept it as the role "public". */
    private static String role(String name) {
        return name.equalsIgnoreCase("public") ? "public" : name;
    }

    private static void requireRole(CatalogSnapshot catalog, String role) {
        if (!role.equals("public")) {
            FunctionSteps.requireRole(catalog, role);
        }
    }

    private static PrivilegeExpectation expectation(ObjectName object, String role, String privileges) {
        boolean all = TableRows.commaList(privileges).stream().map(w -> w.toUpperCase(Locale.ROOT))
                .anyMatch(w -> w.equals("ALL") || w.equals("ALL PRIVILEGES"));
        return new PrivilegeExpectation(object, role, Privilege.parseList(privileges, Set.of()), all);
    }
}
