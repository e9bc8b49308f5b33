package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.checks.Mismatch;

/**
 * One finding of one lint: the object it is about, what about it (the policy, the index, the columns; may be
 * empty), and what the fix names ("trackpay_payments (session_id)" for an index to create).
 */
public record Finding(Lint lint, FindingObject object, String detail, String fixSubject) {

    /** One line: "rls_disabled_in_public on notes (ERROR): why. Fix: how." */
    public Mismatch mismatch(String defaultSchema) {
        return Mismatch.unexpected(heading(defaultSchema), explanation());
    }

    String heading(String defaultSchema) {
        return lint.id() + " on " + object.display(defaultSchema) + " (" + lint.level() + ")";
    }

    String explanation() {
        return (detail.isEmpty() ? "" : detail + ": ") + lint.why() + ". Fix: " + lint.fix(fixSubject);
    }
}
