package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.Optional;

/**
 * One security finding: the rule, the object it is about (a table, view or function; for an unindexed foreign
 * key the table that holds it) as a report names it, and what about the object (the key's columns).
 */
public record SecurityFinding(SecurityRule rule, QualifiedName name, Optional<Function> function, String object, String detail) {

    /** "rls_enabled_no_policy on trackpay_relationship_audit: why. Fix: how." */
    public Mismatch mismatch() {
        String fixTarget = rule == SecurityRule.UNINDEXED_FOREIGN_KEYS && !detail.isEmpty() ? object + " " + detail.replaceAll(" ->.*", "") : object;
        return Mismatch.unexpected(rule.id() + " on " + object,
                (detail.isEmpty() ? "" : "foreign key " + detail + ": ") + rule.why() + ". Fix: " + rule.fix(fixTarget));
    }
}
