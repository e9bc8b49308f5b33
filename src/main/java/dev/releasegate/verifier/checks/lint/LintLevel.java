package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.UnknownWord;

import java.util.Arrays;
import java.util.Locale;

/** How serious splinter rates a lint: ERROR, WARN or INFO, in that order. */
public enum LintLevel {
    ERROR, WARN, INFO;

    /** True when this level is the threshold or more serious ({@code WARN} is at least {@code INFO}). */
    public boolean atLeast(LintLevel threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static LintLevel fromWord(String word) {
        String normalised = word.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new UnknownWord("finding level", word.trim(), Arrays.stream(values()).map(Enum::name).toList()));
    }
}
