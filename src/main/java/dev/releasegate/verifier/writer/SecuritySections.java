package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.db.SqlLexer;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSecurity;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.Privilege;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.RelationPrivileges;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Row level security and policies, privileges on tables, and functions with who may execute them. */
final class SecuritySections {

    private static final List<PolicyCommand> COMMANDS = List.of(PolicyCommand.SELECT, PolicyCommand.INSERT, PolicyCommand.UPDATE,
            PolicyCommand.DELETE);

    private SecuritySections() {
    }

    /** Which tables have row level security on (and forced), then one scenario per table with its policies. */
    static void rowLevelSecurity(Draft draft) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("03-row-level-security.feature", "@security", "row level security and policies");
        List<Relation> tables = facts.tables().stream().filter(Relation::isTable).toList();
        FeatureText.Scenario rls = feature.scenario("Row level security");
        List<String> off = tables.stream().filter(t -> !t.rowSecurity())
                .map(t -> GherkinText.plain(t.name(), draft.options.defaultSchema())).toList();
        if (!off.isEmpty()) {
            rls.comment("off (no sentence checks that it stays off): " + String.join(", ", off));
        }
        FeatureText.Table enabled = new FeatureText.Table("table");
        for (Relation table : tables.stream().filter(Relation::rowSecurity).toList()) {
            draft.text.nameCell(table.name()).ifPresentOrElse(enabled::row,
                    () -> draft.leaveOut(feature, "row level security of " + table.name(), "its name holds ${...}"));
        }
        rls.step("row level security is enabled on these tables:", enabled);
        for (Relation table : tables.stream().filter(Relation::rowSecurityForced).toList()) {
            draft.text.nameArgument(table.name()).ifPresentOrElse(t -> rls.step("row level security is forced on " + t),
                    () -> draft.leaveOut(feature, "forced row level security of " + table.name(), "its name cannot be a sentence argument"));
        }
        Map<QualifiedName, List<Policy>> byTable = facts.policies().stream().collect(Collectors.groupingBy(Policy::table));
        for (Relation table : tables) {
            List<Policy> policies = byTable.getOrDefault(table.name(), List.of());
            if (policies.isEmpty() && !table.rowSecurity()) {
                continue;
            }
            policies(draft, feature, table, policies);
        }
    }

    private static void policies(Draft draft, FeatureText feature, Relation table, List<Policy> policies) {
        FeatureText.Scenario scenario = feature.scenario("Policies on " + GherkinText.plain(table.name(), draft.options.defaultSchema()));
        Optional<String> argument = draft.text.nameArgument(table.name());
        if (argument.isEmpty()) {
            draft.leaveOut(feature, "policies on " + table.name(), "its name cannot be a sentence argument");
            return;
        }
        if (policies.isEmpty()) {
            scenario.comment("row level security is on and no policy lets anyone in");
            COMMANDS.forEach(c -> scenario.step("the table " + argument.get() + " has no " + c + " policy"));
            return;
        }
        FeatureText.Table names = new FeatureText.Table("policy");
        FeatureText.Table rows = new FeatureText.Table("table", "policy", "command", "roles", "using", "with check", "mode");
        String tableCell = draft.text.nameCell(table.name()).orElseThrow();
        boolean exact = true;
        for (Policy policy : policies) {
            Optional<String> name = GherkinText.cell(policy.name());
            if (name.isEmpty()) {
                draft.leaveOut(feature, "policy " + policy.name() + " on " + table.name(), "its name would not read back as written");
                exact = false;
                continue;
            }
            names.row(name.get());
            Optional<String> roles = GherkinText.listCell(policy.roles());
            Optional<String> using = optionalExpression(draft, feature, policy, "using", policy.using());
            Optional<String> check = optionalExpression(draft, feature, policy, "with check", policy.withCheck());
            if (roles.isEmpty()) {
                draft.leaveOut(feature, "the roles of policy " + policy.name(), "a role name holds a comma");
            }
            rows.row(tableCell, name.get(), policy.command().name(), roles.orElse(""), using.orElse(""), check.orElse(""),
                    policy.permissive() ? "permissive" : "restrictive");
        }
        if (exact) {
            scenario.step("exactly these policies exist on " + argument.get() + ":", names);
        }
        scenario.step("these policies exist:", rows);
    }

    /** A policy's expression as a cell; none is a blank cell (not checked), and one that cannot be kept is said. */
    private static Optional<String> optionalExpression(Draft draft, FeatureText feature, Policy policy, String part, String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        Optional<String> cell = GherkinText.cell(SqlLexer.oneLine(expression, false));
        if (cell.isEmpty()) {
            draft.leaveOut(feature, "the " + part + " expression of policy " + policy.name(), "it holds ${...} or a carriage return");
        }
        return cell;
    }

    /** One scenario per role: the privileges it holds on each table, and the tables it may not touch at all. */
    static void privileges(Draft draft) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("04-privileges.feature", "@security", "privileges on tables");
        facts.absentRoles().forEach(r -> feature.note("role " + r + " does not exist in " + facts.database() + ": nothing is written for it"));
        for (String role : facts.roles()) {
            FeatureText.Scenario scenario = feature.scenario("Privileges of " + role + " on tables");
            relationPrivileges(draft, feature, scenario, List.of(role), facts.tables().stream().map(Relation::name).toList());
            // a schema the role may not even use: no grant on a table in it can be reached
            for (String schema : draft.options.schemas()) {
                Optional<Set<Privilege>> held = Optional.ofNullable(facts.schemaPrivileges().getOrDefault(role, Map.of()).get(schema));
                Optional<String> roleArgument = GherkinText.argument(role);
                Optional<String> schemaArgument = GherkinText.argument(schema);
                if (held.isPresent() && held.get().isEmpty() && roleArgument.isPresent() && schemaArgument.isPresent()) {
                    scenario.step("the role " + roleArgument.get() + " has no privileges on schema " + schemaArgument.get());
                }
            }
        }
    }

    /**
     * "these privileges are granted:" for what each role holds something on, and "has no privileges on" for the
     * rest: together, exactly what each role may do on each object (rows by object, then role).
     */
    static void relationPrivileges(Draft draft, FeatureText feature, FeatureText.Scenario scenario, List<String> roles,
                                   List<QualifiedName> objects) {
        FeatureText.Table granted = new FeatureText.Table("object", "role", "privileges");
        List<String> none = new ArrayList<>();
        List<String> writable = new ArrayList<>();
        for (String role : roles) {
            if (GherkinText.argument(role).isEmpty() || GherkinText.cell(role).filter(r -> !r.contains(",")).isEmpty()) {
                draft.leaveOut(feature, "privileges of role " + role, "its name cannot be written in a checklist");
            } else {
                writable.add(role);
            }
        }
        for (QualifiedName object : objects) {
            for (String role : writable) {
                Optional<RelationPrivileges> privileges = draft.facts.privileges(role, object);
                if (privileges.isEmpty()) {
                    continue;
                }
                if (privileges.get().granted().isEmpty()) {
                    draft.text.relationObjectArgument(object).ifPresentOrElse(
                            o -> none.add("the role " + GherkinText.argument(role).orElseThrow() + " has no privileges on " + o),
                            () -> draft.leaveOut(feature, "privileges of " + role + " on " + object, "its name cannot be a sentence argument"));
                    continue;
                }
                Optional<String> cell = draft.text.relationObjectCell(object);
                if (cell.isEmpty()) {
                    draft.leaveOut(feature, "privileges of " + role + " on " + object, "its name would not read back as a table");
                    continue;
                }
                granted.row(cell.get(), role, describe(privileges.get()));
            }
        }
        scenario.step("these privileges are granted:", granted);
        none.forEach(scenario::step);
    }

    /** ALL when the role holds everything that applies to the object, else the privileges in PostgreSQL's order. */
    private static String describe(RelationPrivileges privileges) {
        return privileges.granted().equals(privileges.applicable()) ? "ALL" : Privilege.describe(privileges.granted());
    }

    /** The functions with what they return, language, security and search path; then who may execute each. */
    static void functions(Draft draft) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("05-functions.feature", "@security", "functions and who may execute them");
        FeatureText.Table table = new FeatureText.Table("function", "returns", "language", "security", "search path");
        List<Function> written = new ArrayList<>();
        for (Function function : facts.functions()) {
            Optional<String> cell = draft.text.functionCell(function);
            Optional<String> searchPath = function.searchPath().map(GherkinText::cell).orElse(Optional.of("none"));
            Optional<String> returns = function.result() == null ? Optional.of("") : GherkinText.cell(function.result());
            if (cell.isEmpty() || searchPath.isEmpty() || returns.isEmpty()) {
                draft.leaveOut(feature, "function " + draft.text.functionText(function), "its signature, result or search path would not read back as written");
                continue;
            }
            written.add(function);
            table.row(cell.get(), returns.get(), function.language(), FunctionSecurity.of(function).word(), searchPath.get());
        }
        feature.scenario("Functions").step("these functions exist:", table);
        facts.absentRoles().forEach(r -> feature.note("role " + r + " does not exist in " + facts.database() + ": nothing is written for it"));
        FeatureText.Scenario execute = feature.scenario("Who may execute functions");
        FeatureText.Table granted = new FeatureText.Table("object", "role", "privileges");
        List<String> denied = new ArrayList<>();
        for (String role : facts.roles()) {
            Optional<String> roleArgument = GherkinText.argument(role);
            Optional<String> roleCell = GherkinText.cell(role).filter(r -> !r.contains(","));
            if (roleArgument.isEmpty() || roleCell.isEmpty()) {
                draft.leaveOut(feature, "execute rights of role " + role, "its name cannot be written in a checklist");
                continue;
            }
            for (Function function : written) {
                if (facts.executable().get(role).contains(function.oid())) {
                    draft.text.functionObjectCell(function).ifPresentOrElse(f -> granted.row(f, roleCell.get(), "EXECUTE"),
                            () -> draft.leaveOut(feature, "execute right of " + role + " on " + draft.text.functionText(function),
                                    "its signature would not read back as a function"));
                } else {
                    draft.text.functionArgument(function).ifPresentOrElse(f -> denied.add(role.equals(SchemaFacts.PUBLIC)
                                    ? "the role " + roleArgument.get() + " has no privileges on " + f
                                    : "the role " + roleArgument.get() + " cannot execute " + f),
                            () -> draft.leaveOut(feature, "execute right of " + role + " on " + draft.text.functionText(function),
                                    "its signature cannot be a sentence argument"));
                }
            }
        }
        execute.step("these privileges are granted:", granted);
        denied.forEach(execute::step);
    }
}
