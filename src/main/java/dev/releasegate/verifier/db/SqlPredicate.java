package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;

/**
 * A boolean SQL expression written in a checklist ({@code amount <= 0}, {@code deleted_at is null}), refused before
 * anything is sent when it could be more than one expression: no {@code ;}, no comment markers, no dollar quoting,
 * parentheses and quotes balanced. Whether it is a boolean expression over its table is then asked of the server
 * with a statement that reads no row (see {@code IntegrityReader}).
 */
public record SqlPredicate(String text) {

    public SqlPredicate {
        text = text == null ? "" : text.strip();
        String problem = problem(text, ONE_EXPRESSION);
        if (problem != null) {
            throw new ChecklistBroken("the condition \"" + text + "\" " + problem);
        }
    }

    /**
     * A checklist's SQL expression that is not a condition ({@code lower(email)}), refused by the same rules and said
     * of an expression; returns it stripped. Whether it is one expression over its table is then asked of the server.
     */
    public static String oneExpression(String text) {
        String stripped = text == null ? "" : text.strip();
        String problem = problem(stripped, ": write one expression, such as \"lower(email)\"");
        if (problem != null) {
            throw new ChecklistBroken("the expression \"" + stripped + "\" " + problem);
        }
        return stripped;
    }

    public static SqlPredicate parse(String text) {
        return new SqlPredicate(text);
    }

    /** The expression in parentheses, ready to follow {@code where} or {@code and}. */
    public String sql() {
        return "(" + text + ")";
    }

    @Override
    public String toString() {
        return text;
    }

    private static final String ONE_EXPRESSION = ": write one boolean expression, such as \"amount > 0\"";

    private static String problem(String text, String advice) {
        if (text.isEmpty()) {
            return "is empty" + advice;
        }
        // refused everywhere, even inside a literal: a literal read differently by the server must not hide them
        if (text.indexOf(';') >= 0) {
            return "holds a ';'" + advice + ", not statements";
        }
        if (text.contains("--") || text.contains("/*") || text.contains("*/")) {
            return "holds a comment marker (--, /* or */)" + advice;
        }
        if (text.indexOf('\0') >= 0) {
            return "holds a NUL character" + advice;
        }
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                boolean escapes = i > 0 && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
                        && (i == 1 || !isIdentifierPart(text.charAt(i - 2)));
                int end = closing(text, i, '\'', escapes);
                if (end < 0) {
                    return "leaves a quote (') open" + advice;
                }
                i = end + 1;
            } else if (c == '"') {
                int end = closing(text, i, '"', false);
                if (end < 0) {
                    return "leaves a quote (\") open" + advice;
                }
                i = end + 1;
            } else if (c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '$' || Character.isLetter(text.charAt(i + 1))
                    || text.charAt(i + 1) == '_') && (i == 0 || !isIdentifierPart(text.charAt(i - 1)))) {
                return "uses dollar quoting ($...$)" + advice + " with '...' literals";
            } else {
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth < 0) {
                    return "closes a parenthesis it did not open" + advice;
                }
                i++;
            }
        }
        return depth == 0 ? null : "leaves a parenthesis open" + advice;
    }

    /** The index of the quote that closes the one at {@code start}, honouring doubled quotes (and backslashes in E'...'). */
    private static int closing(String text, int start, char quote, boolean backslashEscapes) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i++;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
