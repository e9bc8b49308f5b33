package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.outcome.FailureCategory;

import java.util.Locale;

/** Splinter's two categories of lints, each checked by its own sentence and filed under its own failure category. */
public enum LintCategory {
    SECURITY(FailureCategory.SECURITY), PERFORMANCE(FailureCategory.PERFORMANCE);

    private final FailureCategory failure;

    LintCategory(FailureCategory failure) {
        this.failure = failure;
    }

    public FailureCategory failure() {
        return failure;
    }

    /** "security", as the sentence writes it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
