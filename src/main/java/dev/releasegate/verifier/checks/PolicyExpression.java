package dev.releasegate.verifier.checks;

import java.util.Locale;

/**
 * Normalises a policy expression so that a cell copied from a {@code create policy} statement matches what
 * PostgreSQL prints back: white space collapsed, case ignored, redundant parentheses and casts of literals
 * dropped, and table-qualified column names reduced to the column.
 */
public final class PolicyExpression {

    private PolicyExpression() {
    }

    public static String normalise(String expression) {
        if (expression == null) {
            return "";
        }
        String text = expression.toLowerCase(Locale.ROOT);
        text = text.replaceAll("::[a-z_ ]+(\\[])?", "");             // casts PostgreSQL adds: 'x'::text
        text = text.replaceAll("\\b[a-z_][a-z0-9_]*\\.([a-z_][a-z0-9_]*)\\b(?!\\s*\\()", "$1"); // t.col -> col (not schema.fn())
        text = text.replace("(", " ").replace(")", " ");
        text = text.replaceAll("\\s+", " ").trim();
        text = text.replaceAll("\\s*([=<>!,])\\s*", "$1");
        return text;
    }

    /** Whether the checklist's text appears in the actual expression once both are normalised. */
    public static boolean contains(String actual, String expected) {
        return normalise(actual).contains(normalise(expected));
    }
}
