package dev.releasegate.verifier.checks.lint;

import java.util.List;
import java.util.Map;

/** What the lints of one category found in one database, and which lints were skipped for what the database lacks. */
public record LintRun(LintCategory category, ExposedSchemas exposed, List<Finding> findings, Map<Lint, String> skipped) {

    public LintRun {
        findings = List.copyOf(findings);
        java.util.EnumMap<Lint, String> inOrder = new java.util.EnumMap<>(Lint.class);
        inOrder.putAll(skipped);
        skipped = java.util.Collections.unmodifiableMap(inOrder);
    }
}
