package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.checks.FindingExemption;
import dev.releasegate.verifier.checks.SchemaIdentity;
import dev.releasegate.verifier.checks.SchemaIgnore;
import dev.releasegate.verifier.checks.SchemaKinds;
import dev.releasegate.verifier.checks.SchemaObject;
import dev.releasegate.verifier.checks.SecurityFinding;
import dev.releasegate.verifier.checks.SecurityFindings;
import dev.releasegate.verifier.checks.SecurityRule;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Whole-database checks: schema identity between two databases, and security findings. */
public final class WholeDatabaseSteps {

    /** The roles whose table privileges schema identity compares: the ones Supabase's API connects as. */
    private static final List<String> API_ROLES = List.of("anon", "authenticated", "service_role");

    private final ScenarioContext context;

    public WholeDatabaseSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the schema {schema} is identical in {database} and {database}")
    public void identical(String schema, String left, String right) {
        compare(schema, left, right, List.of());
    }

    @Then("the schema {schema} is identical in {database} and {database}, ignoring:")
    public void identicalIgnoring(String schema, String left, String right, List<SchemaIgnore> ignoring) {
        compare(schema, left, right, ignoring);
    }

    private void compare(String schema, String left, String right, List<SchemaIgnore> ignoring) {
        context.report(SchemaIdentity.compare(schema, left, objects(context.catalog(left), schema), right,
                objects(context.catalog(right), schema), ignoring));
    }

    /** Every object schema identity compares; a new catalog part adds its line here and its kind in SchemaKinds. */
    static List<SchemaObject> objects(CatalogSnapshot catalog, String schema) {
        List<SchemaObject> out = new ArrayList<>();
        out.addAll(SchemaKinds.RELATIONS.describe(catalog.relations()));
        out.addAll(SchemaKinds.COLUMNS.describe(catalog.columns()));
        out.addAll(SchemaKinds.FOREIGN_KEYS.describe(catalog.foreignKeys()));
        out.addAll(SchemaKinds.INDEXES.describe(catalog.indexes()));
        out.addAll(SchemaKinds.POLICIES.describe(catalog.policies()));
        out.addAll(SchemaKinds.FUNCTIONS.describe(catalog.functions()));
        out.addAll(SchemaKinds.FUNCTION_PRIVILEGES.describe(catalog.functionGrantees()));
        out.addAll(SchemaKinds.VIEWS.describe(catalog.views()));
        out.addAll(SchemaKinds.DEFAULT_PRIVILEGES.describe(catalog.defaultPrivileges()));
        out.addAll(SchemaKinds.TRIGGERS.describe(catalog.triggers()));
        out.addAll(SchemaKinds.ENUMS.describe(catalog.enums()));
        out.addAll(SchemaKinds.SEQUENCES.describe(catalog.sequences()));
        if (catalog.schemas().contains(schema)) { // extensions are database-wide: they must not make a missing schema look full
            out.addAll(SchemaKinds.extensions(schema).describe(catalog.extensions()));
        }
        for (String role : API_ROLES) {
            if (catalog.roles().contains(role)) {
                out.addAll(SchemaKinds.TABLE_PRIVILEGES.describe(catalog.relationPrivilegesOf(role).stream()
                        .map(p -> new SchemaKinds.TablePrivilege(role, p)).toList()));
            }
        }
        return out;
    }

    @Then("the database has no security findings")
    public void noFindings() {
        findings(List.of());
    }

    @Then("the database has no security findings, except:")
    public void noFindingsExcept(List<FindingExemption> exemptions) {
        findings(exemptions);
    }

    private void findings(List<FindingExemption> exemptions) {
        CatalogSnapshot catalog = context.catalog();
        Set<String> exposed = exposedSchemas();
        Set<Long> anon = catalog.roles().contains("anon") ? catalog.functionsExecutableBy("anon") : Set.of();
        SecurityFindings.Inputs inputs = new SecurityFindings.Inputs(catalog.relations(), catalog.policies(), catalog.functions(),
                catalog.views(), catalog.foreignKeys(), catalog.indexes(), anon);
        List<SecurityFinding> found = SecurityFindings.find(inputs, exposed, context.run().defaultSchema());
        context.report(SecurityFindings.verdict(found, exemptions, exposed, context.database().name()));
    }

    /** {@code verify.exposed-schemas}: the schemas the API serves, comma-separated (default public). */
    private Set<String> exposedSchemas() {
        String setting = context.run().settings().setting("verify.exposed-schemas").orElse("public");
        Set<String> out = new LinkedHashSet<>(TableCells.commaList(setting));
        return out.isEmpty() ? Set.of("public") : out;
    }
}
