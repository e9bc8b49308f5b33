package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.db.ProbeOutcome;

import java.util.Locale;
import java.util.Optional;

/**
 * How a checklist expects a statement or call to fail: with any error, with a message that contains a text (in
 * any case), or with an SQLSTATE.
 */
public record ExpectedError(Optional<String> text, Optional<String> sqlState) {

    public static ExpectedError any() {
        return new ExpectedError(Optional.empty(), Optional.empty());
    }

    public static ExpectedError withMessage(String text) {
        return new ExpectedError(Optional.of(text), Optional.empty());
    }

    public static ExpectedError withSqlState(String sqlState) {
        return new ExpectedError(Optional.empty(), Optional.of(sqlState.trim().toUpperCase(Locale.ROOT)));
    }

    boolean matches(ProbeOutcome.ServerError error) {
        return text.map(t -> error.message().toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT))).orElse(true)
                && sqlState.map(s -> s.equals(error.sqlState())).orElse(true);
    }

    /** "fail", "fail with \"...\"", "fail with SQLSTATE P0001". */
    String describe() {
        return text.map(t -> "fail with \"" + t + "\"").or(() -> sqlState.map(s -> "fail with SQLSTATE " + s)).orElse("fail");
    }
}
