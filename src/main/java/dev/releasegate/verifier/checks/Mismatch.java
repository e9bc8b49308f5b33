package dev.releasegate.verifier.checks;

/** One way the database differs from the checklist, in the checklist's words. */
public record Mismatch(Kind kind, String object, String detail) {

    /** Stable kinds, so reports and categories need not read message text. */
    public enum Kind { MISSING, UNEXPECTED, DIFFERS }

    public static Mismatch missing(String object, String detail) {
        return new Mismatch(Kind.MISSING, object, detail);
    }

    public static Mismatch unexpected(String object, String detail) {
        return new Mismatch(Kind.UNEXPECTED, object, detail);
    }

    public static Mismatch differs(String object, String detail) {
        return new Mismatch(Kind.DIFFERS, object, detail);
    }

    /** "trackpay_payments.session_id -> trackpay_sessions: on delete is CASCADE, expected RESTRICT" */
    public String describe() {
        return object + ": " + detail;
    }
}
