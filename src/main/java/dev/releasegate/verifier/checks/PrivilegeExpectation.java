package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.ObjectName;
import dev.releasegate.verifier.catalog.Privilege;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.Set;

/**
 * A row of "these privileges are granted": the object (a table, view or sequence, or a function signature),
 * the role, and the privileges listed ({@code all} when the cell said ALL, whose meaning depends on the object).
 */
public record PrivilegeExpectation(ObjectName target, String role, Set<Privilege> privileges, boolean all) {

    public PrivilegeExpectation {
        privileges = Set.copyOf(privileges);
    }

    String object() {
        return target.text();
    }

    QualifiedName relation() {
        return target.relation();
    }

    FunctionSignature function() {
        return target.function();
    }

    boolean namesFunction() {
        return target.namesFunction();
    }
}
