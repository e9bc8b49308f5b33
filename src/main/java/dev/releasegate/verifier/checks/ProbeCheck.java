package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.RequestIdentity;

import java.util.List;
import java.util.Locale;

/** Behaviour probes judged: what a role sees, whether it is denied, and how a function call ended. */
public final class ProbeCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private static final List<String> READ_HEADER = List.of("as", "table", "outcome", "expected");
    private static final List<String> CALL_HEADER = List.of("call", "as", "outcome", "SQLSTATE", "message", "expected");
    private static final List<String> STATEMENT_HEADER = List.of("statement", "as", "outcome", "SQLSTATE", "message", "expected");

    private ProbeCheck() {
    }

    /** {@code select count(*)} as the role returned {@code expected}; a denial is not "no rows". */
    /** A call to a function the database lacks is a false item (the schema drifted), not one that could not be checked. */
    public static java.util.Optional<Verdict> noSuchFunction(FunctionCall call, java.util.Optional<?> resolved, String database) {
        return resolved.isPresent() ? java.util.Optional.empty() : java.util.Optional.of(Verdict.of(FailureCategory.SCHEMA_DRIFT,
                "calling " + call.text() + " in " + database, List.of(Mismatch.missing("function " + call.name(), "does not exist"))));
    }

    public static Verdict sees(QualifiedName table, long expected, ProbeOutcome outcome) {
        String as = as(outcome);
        String wanted = expected == 0 ? "no rows" : ResultCheck.rows(expected);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "rows of " + table + " visible to " + as + " in " + outcome.database(), READ_HEADER);
        if (outcome.error().isPresent()) {
            ProbeOutcome.ServerError error = outcome.error().get();
            String what = error.permissionDenied() ? "reading it is denied " + error : "reading it failed " + error;
            verdict.mismatch(Mismatch.differs(as + " reading " + table, what + ", expected to see " + wanted), List.of(as, table.toString(), what, wanted));
            return verdict.build();
        }
        long seen = Long.parseLong(outcome.result().orElseThrow().rows().get(0).get(0));
        String saw = seen == 0 ? "no rows" : ResultCheck.rows(seen);
        List<String> cells = List.of(as, table.toString(), "sees " + saw, wanted);
        if (seen == expected) {
            verdict.ok(cells);
        } else {
            verdict.mismatch(Mismatch.differs(as + " reading " + table, "sees " + saw + ", expected " + wanted), cells);
        }
        return verdict.build();
    }

    /** Reading the table as the role fails with insufficient_privilege (42501), not with an empty result. */
    public static Verdict denied(QualifiedName table, ProbeOutcome outcome) {
        String as = as(outcome);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "reading " + table + " as " + as + " in " + outcome.database(), READ_HEADER);
        String wanted = "denied [SQLSTATE 42501]";
        if (outcome.error().isPresent()) {
            ProbeOutcome.ServerError error = outcome.error().get();
            List<String> cells = List.of(as, table.toString(), "failed " + error, wanted);
            if (error.permissionDenied()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs(as + " reading " + table, "failed " + error + ", expected a permission error (42501)"), cells);
            }
            return verdict.build();
        }
        long seen = Long.parseLong(outcome.result().orElseThrow().rows().get(0).get(0));
        String saw = seen == 0 ? "no rows" : ResultCheck.rows(seen);
        verdict.mismatch(Mismatch.differs(as + " reading " + table, "is allowed and sees " + saw + ", expected it to be denied"
                        + (seen == 0 ? " (row level security hides rows, it does not deny: revoke select on the table from the role to deny)" : "")),
                List.of(as, table.toString(), "allowed, sees " + saw, wanted));
        return verdict.build();
    }

    /**
     * The last statement or call failed as expected ({@code Then it fails ...}). One that succeeded is false; one that
     * failed otherwise is false and shows both errors. A refused EXECUTE is told apart from a function's own error.
     */
    public static Verdict fails(String statement, boolean call, ExpectedError expected, ProbeOutcome outcome) {
        String as = as(outcome);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, statement + " as " + as + " in " + outcome.database(), STATEMENT_HEADER);
        String wanted = expected.describe();
        if (outcome.error().isEmpty()) {
            verdict.mismatch(Mismatch.differs(statement, "succeeded, expected it to " + wanted),
                    List.of(statement, as, "succeeded", "", "", wanted));
            return verdict.build();
        }
        ProbeOutcome.ServerError error = outcome.error().get();
        String how = call ? kind(error) : "failed";
        List<String> cells = List.of(statement, as, how, error.sqlState(), error.message(), wanted);
        if (expected.matches(error)) {
            verdict.ok(cells);
        } else {
            verdict.mismatch(Mismatch.differs(statement, how + " [SQLSTATE " + error.sqlState() + "]: " + error.message()
                    + ", expected it to " + wanted), cells);
        }
        return verdict.build();
    }

    /** Reading the table as the role is refused with an error whose message contains the text (any case). */
    public static Verdict deniedWith(QualifiedName table, String text, ProbeOutcome outcome) {
        return fails("reading " + table, false, ExpectedError.withMessage(text), outcome);
    }

    /** The call failed, and the server's message contains the text (any case); a refused EXECUTE is told apart. */
    public static Verdict callFails(String call, String expectedText, ProbeOutcome outcome) {
        String as = as(outcome);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "calling " + call + " as " + as + " in " + outcome.database(), CALL_HEADER);
        String wanted = "fails with \"" + expectedText + "\"";
        if (outcome.error().isEmpty()) {
            verdict.mismatch(Mismatch.differs("call " + call, "succeeded, expected it to fail with \"" + expectedText + "\""),
                    List.of(call, as, "succeeded", "", "", wanted));
            return verdict.build();
        }
        ProbeOutcome.ServerError error = outcome.error().get();
        List<String> cells = List.of(call, as, kind(error), error.sqlState(), error.message(), wanted);
        if (error.message().toLowerCase(Locale.ROOT).contains(expectedText.toLowerCase(Locale.ROOT))) {
            verdict.ok(cells);
        } else {
            verdict.mismatch(Mismatch.differs("call " + call, kind(error) + " [SQLSTATE " + error.sqlState() + "]: " + error.message()
                    + ", expected it to fail with \"" + expectedText + "\""), cells);
        }
        return verdict.build();
    }

    public static Verdict callSucceeds(String call, ProbeOutcome outcome) {
        String as = as(outcome);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "calling " + call + " as " + as + " in " + outcome.database(), CALL_HEADER);
        if (outcome.error().isPresent()) {
            ProbeOutcome.ServerError error = outcome.error().get();
            verdict.mismatch(Mismatch.differs("call " + call, kind(error) + " [SQLSTATE " + error.sqlState() + "]: " + error.message()
                    + ", expected it to succeed"), List.of(call, as, kind(error), error.sqlState(), error.message(), "succeeds"));
        } else {
            verdict.ok(List.of(call, as, "succeeded, " + ResultCheck.rows(outcome.result().orElseThrow().size()), "", "", "succeeds"));
        }
        return verdict.build();
    }

    /** The call succeeded and returned these rows, in order. */
    public static Verdict callReturns(String call, List<String> header, List<List<String>> expected, ProbeOutcome outcome) {
        if (outcome.error().isPresent()) {
            return callSucceeds(call, outcome);
        }
        return ResultCheck.matches("result of " + call + " as " + as(outcome) + " in " + outcome.database(), header, expected,
                outcome.result().orElseThrow(), true);
    }

    /** A refused EXECUTE (42501 on the function itself) is not the function's own error, and the report says which. */
    static String kind(ProbeOutcome.ServerError error) {
        String message = error.message().toLowerCase(Locale.ROOT);
        if (error.permissionDenied() && (message.startsWith("permission denied for function") || message.startsWith("permission denied for procedure"))) {
            return "refused for lack of EXECUTE";
        }
        if (error.permissionDenied()) {
            return "failed for lack of a privilege inside the function";
        }
        return "failed with the function's error";
    }

    private static String as(ProbeOutcome outcome) {
        return outcome.identity().map(RequestIdentity::describe).orElse("the connecting user");
    }
}
