package dev.releasegate.verifier.checks.lint;

import java.util.Locale;

/** A storage option's boolean as PostgreSQL reads it: true, yes, on, 1 and their unambiguous prefixes. */
final class PostgresBoolean {

    private PostgresBoolean() {
    }

    static boolean isTrue(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || (!v.isEmpty() && ("true".startsWith(v) || "yes".startsWith(v))) || v.equals("on");
    }
}
