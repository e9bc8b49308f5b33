package dev.releasegate.verifier.checks.lint;

import java.util.List;

/** The {@code except:} table of a findings sentence, row by row. */
public record FindingExceptions(List<FindingException> rows) {

    public static final FindingExceptions NONE = new FindingExceptions(List.of());

    public FindingExceptions {
        rows = List.copyOf(rows);
    }
}
