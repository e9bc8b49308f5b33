package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.Relation;

import java.util.Collection;
import java.util.List;

/** Every table with row level security enabled has at least one policy (else nobody but its owner can use it). */
public final class PolicyPresenceCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private PolicyPresenceCheck() {
    }

    public static Verdict everyProtectedTableHasOne(String scope, Collection<Relation> tables, Collection<Policy> policies, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "policies of tables with row level security enabled " + scope + " in " + database,
                List.of("table", "policies"));
        List<Relation> protectedTables = tables.stream().filter(Relation::isTable).filter(Relation::rowSecurity).toList();
        if (protectedTables.isEmpty()) {
            return verdict.problem(Mismatch.missing("tables with row level security enabled " + scope,
                    "none found, so no policy could be checked")).build();
        }
        for (Relation table : protectedTables) {
            List<String> names = policies.stream().filter(p -> p.table().equals(table.name())).map(Policy::name).sorted().toList();
            List<String> cells = List.of(table.name().toString(), String.join(", ", names));
            if (names.isEmpty()) {
                verdict.mismatch(Mismatch.missing("table " + table.name(), "row level security is enabled but it has no policy,"
                        + " so nobody but its owner (and roles that bypass row level security) can read or write it"), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }
}
