package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Row level security policies: that they exist as written, exactly which exist, and which commands none covers. */
public final class PolicyCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private static final List<String> HEADER = List.of("table", "policy", "command", "roles", "using", "with check", "mode");

    private PolicyCheck() {
    }

    public static Verdict exist(List<PolicyExpectation> expected, Collection<Policy> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "policies in " + database, HEADER);
        for (PolicyExpectation row : expected) {
            Optional<Policy> found = actual.stream()
                    .filter(p -> p.table().equals(row.table()) && p.name().equals(row.name())).findFirst();
            String object = "policy " + row.name() + " on " + row.table();
            if (found.isEmpty()) {
                List<String> onTable = actual.stream().filter(p -> p.table().equals(row.table())).map(Policy::name).toList();
                String nearest = NearestNames.didYouMean(row.name(), onTable);
                verdict.mismatch(Mismatch.missing(object, "does not exist" + (onTable.isEmpty() ? " (the table has no policies)"
                                : nearest.isEmpty() ? " (the table has " + String.join(", ", onTable) + ")" : nearest)),
                        List.of(row.table().toString(), row.name(), "", "", "", "", ""));
                continue;
            }
            Policy p = found.get();
            List<String> problems = new ArrayList<>();
            row.command().filter(c -> c != p.command()).ifPresent(c -> problems.add("command is " + p.command() + ", expected " + c));
            row.roles().filter(r -> !Set.copyOf(r).equals(Set.copyOf(p.roles())))
                    .ifPresent(r -> problems.add("roles are " + String.join(", ", p.roles()) + ", expected " + String.join(", ", r)));
            row.using().filter(u -> !PolicyExpression.contains(p.using(), u))
                    .ifPresent(u -> problems.add("using is (" + p.using() + "), expected it to contain (" + u + ")"));
            row.withCheck().filter(w -> !PolicyExpression.contains(p.withCheck(), w))
                    .ifPresent(w -> problems.add("with check is (" + p.withCheck() + "), expected it to contain (" + w + ")"));
            row.permissive().filter(m -> m != p.permissive())
                    .ifPresent(m -> problems.add("mode is " + mode(p.permissive()) + ", expected " + mode(m)));
            List<String> cells = List.of(p.table().toString(), p.name(), p.command().name(), String.join(", ", p.roles()),
                    nullToEmpty(p.using()), nullToEmpty(p.withCheck()), mode(p.permissive()));
            if (problems.isEmpty()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs(object, String.join("; ", problems)), cells);
            }
        }
        return verdict.build();
    }

    public static Verdict exactly(QualifiedName table, List<String> expectedNames, Collection<Policy> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "policies on " + table + " in " + database, List.of("policy", "expected", "found"));
        Set<String> found = new TreeSet<>();
        actual.stream().filter(p -> p.table().equals(table)).forEach(p -> found.add(p.name()));
        Set<String> all = new TreeSet<>(expectedNames);
        all.addAll(found);
        for (String name : all) {
            boolean wanted = expectedNames.contains(name);
            boolean present = found.contains(name);
            List<String> cells = List.of(name, wanted ? "yes" : "no", present ? "yes" : "no");
            if (wanted && !present) {
                verdict.mismatch(Mismatch.missing("policy " + name + " on " + table, "does not exist"
                        + NearestNames.didYouMean(name, found.stream().filter(f -> !expectedNames.contains(f)).toList())), cells);
            } else if (!wanted) {
                verdict.mismatch(Mismatch.unexpected("policy " + name + " on " + table, "exists but is not in the list"), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }

    /** No policy lets anyone run the command on the table (a policy FOR ALL counts too). */
    public static Verdict noPolicyFor(QualifiedName table, PolicyCommand command, Optional<Relation> relation,
                                      Collection<Policy> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, command + " policies on " + table + " in " + database, HEADER);
        if (relation.isEmpty()) {
            return verdict.problem(Mismatch.missing("table " + table, "does not exist")).build();
        }
        for (Policy p : actual) {
            if (!p.table().equals(table)) {
                continue;
            }
            List<String> cells = List.of(p.table().toString(), p.name(), p.command().name(), String.join(", ", p.roles()),
                    nullToEmpty(p.using()), nullToEmpty(p.withCheck()), mode(p.permissive()));
            if (p.command() == command || p.command() == PolicyCommand.ALL) {
                verdict.mismatch(Mismatch.unexpected("policy " + p.name() + " on " + table,
                        "allows " + command + " (FOR " + p.command() + " TO " + String.join(", ", p.roles()) + ")"), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }

    static String mode(boolean permissive) {
        return permissive ? "permissive" : "restrictive";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
