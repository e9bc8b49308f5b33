package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.Privilege;
import dev.releasegate.verifier.catalog.RelationPrivileges;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Roles hold at least the privileges a checklist lists, exactly those (compared as sets), or none at all. What a role
 * holds is what PostgreSQL decided (has_table_privilege, has_function_privilege): PUBLIC and role membership included.
 */
public final class PrivilegeCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private static final List<String> HEADER = List.of("object", "role", "privileges", "expected");

    /**
     * What a check may read of a database's privileges, each read only when a row needs it (functions and execute
     * rights only when a row names something that is not a table, view or sequence).
     */
    public record Facts(java.util.function.Function<String, List<RelationPrivileges>> relationPrivileges,
                        java.util.function.Function<String, Set<Long>> executable,
                        java.util.function.Supplier<List<Function>> functions, Set<String> roles, String database) {
    }

    /** One object as found in the database, and what the role may do on it. */
    record Target(String name, Set<Privilege> granted, Set<Privilege> applicable) {
    }

    private PrivilegeCheck() {
    }

    /** Each role holds at least the privileges its row lists (more granted is not a failure: that is {@link #exactly}). */
    public static Verdict granted(List<PrivilegeExpectation> expected, Facts facts) {
        expected.stream().map(PrivilegeExpectation::role).distinct().forEach(role -> Roles.requireKnown(role, facts.roles(), facts.database()));
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "privileges in " + facts.database(), HEADER);
        for (PrivilegeExpectation row : expected) {
            compare(verdict, row, facts, false);
        }
        return verdict.build();
    }

    /** The role holds exactly the privileges listed on the object: none lacking, none more. */
    public static Verdict exactly(PrivilegeExpectation expected, Facts facts) {
        Roles.requireKnown(expected.role(), facts.roles(), facts.database());
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "privileges of role " + expected.role() + " on " + expected.object()
                + " in " + facts.database(), HEADER);
        compare(verdict, expected, facts, true);
        return verdict.build();
    }

    private static void compare(Verdict.Builder verdict, PrivilegeExpectation row, Facts facts, boolean exact) {
        String wanted = row.all() ? "ALL" : Privilege.describe(row.privileges());
        Optional<Target> target = resolve(row, facts);
        if (target.isEmpty()) {
            verdict.mismatch(Mismatch.missing(row.object(), "does not exist"), List.of(row.object(), row.role(), "", (exact ? "" : "at least ") + wanted));
            return;
        }
        Target t = target.get();
        Set<Privilege> want = EnumSet.noneOf(Privilege.class);
        want.addAll(row.privileges());
        if (row.all()) {
            want.addAll(t.applicable());
        }
        Set<Privilege> inapplicable = EnumSet.noneOf(Privilege.class);
        want.stream().filter(p -> !t.applicable().contains(p)).forEach(inapplicable::add);
        if (!inapplicable.isEmpty()) {
            throw new dev.releasegate.verifier.outcome.ChecklistBroken(Privilege.describe(inapplicable) + " cannot be granted on "
                    + t.name() + ": use " + Privilege.describe(t.applicable()) + " or ALL");
        }
        String expectation = (exact ? "exactly " : "at least ") + Privilege.describe(want);
        List<String> cells = List.of(t.name(), row.role(), Privilege.describe(t.granted()), expectation);
        Set<Privilege> lacking = EnumSet.noneOf(Privilege.class);
        want.stream().filter(p -> !t.granted().contains(p)).forEach(lacking::add);
        Set<Privilege> extra = EnumSet.noneOf(Privilege.class);
        t.granted().stream().filter(p -> !want.contains(p)).forEach(extra::add);
        if (lacking.isEmpty() && (!exact || extra.isEmpty())) {
            verdict.ok(cells);
            return;
        }
        StringBuilder detail = new StringBuilder("has " + Privilege.describe(t.granted()) + ", expected " + expectation);
        if (!lacking.isEmpty() && !t.granted().isEmpty()) {
            detail.append("; lacks ").append(Privilege.describe(lacking));
        }
        if (exact && !extra.isEmpty()) {
            detail.append("; also has ").append(Privilege.describe(extra));
        }
        verdict.mismatch(Mismatch.differs("role " + row.role() + " on " + t.name(), detail.toString()), cells);
    }

    /** The role holds no privilege at all on the object; each one it holds is reported. */
    public static Verdict none(PrivilegeExpectation object, Facts facts) {
        String role = object.role();
        String database = facts.database();
        Roles.requireKnown(role, facts.roles(), database);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "privileges of role " + role + " on " + object.object() + " in " + database,
                List.of("object", "role", "privilege"));
        Optional<Target> target = resolve(object, facts);
        if (target.isEmpty()) {
            return verdict.problem(Mismatch.missing(object.object(), "does not exist")).build();
        }
        Target t = target.get();
        if (t.granted().isEmpty()) {
            return verdict.ok(List.of(t.name(), role, "none")).build();
        }
        for (Privilege p : t.granted().stream().sorted().toList()) {
            verdict.mismatch(Mismatch.unexpected("role " + role + " on " + t.name(), "has " + p
                    + " (check grants to the role, to PUBLIC, to roles it is a member of, and default privileges)"),
                    List.of(t.name(), role, p.name()));
        }
        return verdict.build();
    }

    /** The role holds no privilege (USAGE, CREATE) on the schema, as has_schema_privilege decides. */
    public static Verdict noneOnSchema(String role, String schema, Optional<Set<Privilege>> held, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "privileges of role " + role + " on schema " + schema + " in " + database,
                List.of("schema", "role", "privilege"));
        if (held.isEmpty()) {
            return verdict.problem(Mismatch.missing("schema " + schema, "does not exist")).build();
        }
        if (held.get().isEmpty()) {
            return verdict.ok(List.of(schema, role, "none")).build();
        }
        for (Privilege p : held.get().stream().sorted().toList()) {
            verdict.mismatch(Mismatch.unexpected("role " + role + " on schema " + schema, "has " + p
                    + " (check grants to the role, to PUBLIC and to roles it is a member of)"), List.of(schema, role, p.name()));
        }
        return verdict.build();
    }

    /**
     * A name with argument types is a function; a bare name is a table, view or sequence, or else the only
     * function of that name (several overloads are a checklist error that lists them).
     */
    static Optional<Target> resolve(PrivilegeExpectation row, Facts facts) {
        if (!row.namesFunction()) {
            Optional<RelationPrivileges> relation = facts.relationPrivileges().apply(row.role()).stream()
                    .filter(r -> r.relation().equals(row.relation())).findFirst();
            if (relation.isPresent()) {
                RelationPrivileges r = relation.get();
                return Optional.of(new Target(r.relation().toString(), r.granted(), r.applicable()));
            }
        }
        return FunctionCheck.resolve(row.function(), facts.functions().get()).map(f -> new Target(f.signature(),
                facts.executable().apply(row.role()).contains(f.oid()) ? EnumSet.of(Privilege.EXECUTE) : EnumSet.noneOf(Privilege.class),
                EnumSet.of(Privilege.EXECUTE)));
    }
}
