package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.checks.SchemaIdentity;
import dev.releasegate.verifier.checks.SchemaIgnore;
import dev.releasegate.verifier.checks.SchemaKinds;
import dev.releasegate.verifier.checks.SchemaObject;
import dev.releasegate.verifier.checks.lint.ExposedSchemas;
import dev.releasegate.verifier.checks.lint.FindingExceptions;
import dev.releasegate.verifier.checks.lint.FindingsCheck;
import dev.releasegate.verifier.checks.lint.LintCategory;
import dev.releasegate.verifier.checks.lint.LintLevel;
import dev.releasegate.verifier.checks.lint.LintRun;
import dev.releasegate.verifier.checks.lint.Linter;
import io.cucumber.java.en.Then;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Whole-database checks: schema identity between two databases, and splinter's security and performance findings. */
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
    public void noSecurityFindings() {
        findings(LintCategory.SECURITY, LintLevel.INFO, FindingExceptions.NONE);
    }

    @Then("the database has no security findings, except:")
    public void noSecurityFindingsExcept(FindingExceptions except) {
        findings(LintCategory.SECURITY, LintLevel.INFO, except);
    }

    @Then("the database has no security findings at level {findingLevel} or above")
    public void noSecurityFindingsAtLevel(LintLevel level) {
        findings(LintCategory.SECURITY, level, FindingExceptions.NONE);
    }

    @Then("the database has no security findings at level {findingLevel} or above, except:")
    public void noSecurityFindingsAtLevelExcept(LintLevel level, FindingExceptions except) {
        findings(LintCategory.SECURITY, level, except);
    }

    @Then("the database has no performance findings")
    public void noPerformanceFindings() {
        findings(LintCategory.PERFORMANCE, LintLevel.INFO, FindingExceptions.NONE);
    }

    @Then("the database has no performance findings, except:")
    public void noPerformanceFindingsExcept(FindingExceptions except) {
        findings(LintCategory.PERFORMANCE, LintLevel.INFO, except);
    }

    @Then("the database has no performance findings at level {findingLevel} or above")
    public void noPerformanceFindingsAtLevel(LintLevel level) {
        findings(LintCategory.PERFORMANCE, level, FindingExceptions.NONE);
    }

    @Then("the database has no performance findings at level {findingLevel} or above, except:")
    public void noPerformanceFindingsAtLevelExcept(LintLevel level, FindingExceptions except) {
        findings(LintCategory.PERFORMANCE, level, except);
    }

    /** Splinter's lints of one kind over the current database, judged at a level with the checklist's exceptions. */
    private void findings(LintCategory kind, LintLevel level, FindingExceptions except) {
        LintFacts facts = LintFacts.of(context.catalog());
        ExposedSchemas exposed = ExposedSchemas.resolve(context.run().settings().setting("verify.exposed-schemas"), facts);
        LintRun run = Linter.run(facts, exposed, context.run().defaultSchema(), kind);
        context.evidence().text("lints checked", FindingsCheck.lintsChecked(run, level, context.database().name()));
        context.report(FindingsCheck.verdict(run, level, except.rows(), LocalDate.now(), context.database().name(),
                context.run().defaultSchema()));
    }
}
