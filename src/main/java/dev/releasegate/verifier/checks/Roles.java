package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A role a checklist names must exist: asking PostgreSQL about an unknown role would only raise an error. */
public final class Roles {

    private Roles() {
    }

    /** PUBLIC (every role) is always known; any other role must be in the database, or the item cannot be checked. */
    public static void requireKnown(String role, Set<String> roles, String database) {
        if (!role.equals("public") && !roles.contains(role)) {
            List<String> nearest = NearestNames.among(role, roles);
            throw new ChecklistBroken("role '" + role + "' does not exist in " + database + (nearest.isEmpty()
                    ? " (roles: " + String.join(", ", new TreeSet<>(roles).stream().filter(r -> !r.startsWith("pg_")).toList()) + ")"
                    : " (did you mean " + NearestNames.orList(nearest) + "?)"));
        }
    }
}
