package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One {@code except:} row of the findings sentences: this lint is accepted on this object, for this reason, until
 * this date (inclusive). {@code written} is the finding as the row names it (an older identifier stays visible).
 */
public record FindingException(String written, Lint lint, String object, Optional<String> reason, Optional<LocalDate> until) {

    /**
     * Reads a row. Every row gives a reason, except in the two-column table of earlier checklists
     * ({@code | finding | object |}), which still reads: the verdict then says no reason was given.
     */
    public static FindingException of(String finding, String object, Optional<String> reason, Optional<String> until,
                                       boolean reasonRequired) {
        Lint lint = Lint.fromId(finding);
        if (reasonRequired && reason.isEmpty()) {
            throw new ChecklistBroken("the exception " + finding.trim() + " on " + object.trim() + " gives no reason: an auditor accepts"
                    + " an exception only with the reason it is safe; write it in the reason column");
        }
        return new FindingException(finding.trim(), lint, object.trim(), reason, until.map(u -> date(u, finding, object)));
    }

    private static LocalDate date(String text, String finding, String object) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ChecklistBroken("the exception " + finding.trim() + " on " + object.trim() + " has until '" + text.trim()
                    + "', which is not a date: write it as YYYY-MM-DD (the last day it excuses)");
        }
    }

    /** True from the day after {@code until}. */
    public boolean expired(LocalDate today) {
        return until.map(today::isAfter).orElse(false);
    }

    public boolean excuses(Finding finding, String defaultSchema) {
        return finding.lint() == lint && finding.object().isNamedBy(object, defaultSchema);
    }

    /** "excepted: only the definer function writes it (until 2026-03-31)", or that no reason was given. */
    String status() {
        String why = reason.map(r -> "excepted: " + r).orElse("excepted (no reason given)");
        return why + until.map(u -> " (until " + u + ")").orElse("") + aliasNote();
    }

    String aliasNote() {
        return Lint.isAlias(written) ? " [" + written + " is the older name of " + lint.id() + "]" : "";
    }

    @Override
    public String toString() {
        return written + " on " + object;
    }
}
