package dev.releasegate.verifier.db;

/**
 * PostgreSQL's lexical rules for the places where a semicolon or a keyword is not code: comments, string
 * literals (with E'' escapes), quoted identifiers and dollar quotes. One implementation for every reader of SQL
 * text (migration files, checklist queries, predicates); each decides what an unterminated one means to it.
 */
public final class SqlLexer {

    /** Returned when a comment, literal or quote runs to the end of the text. */
    public static final int UNTERMINATED = -1;

    private SqlLexer() {
    }

    /**
     * SQL PostgreSQL printed over several lines, on one: runs of white space outside string literals become one space
     * (and, for comparing, letters outside literals lower case). The checks collapse white space themselves, so the one
     * line checks exactly what the original would.
     */
    public static String oneLine(String sql, boolean lowerCase) {
        StringBuilder out = new StringBuilder();
        boolean inLiteral = false;
        boolean space = false;
        for (char c : sql.strip().toCharArray()) {
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            if (!inLiteral && Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(lowerCase && !inLiteral ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /** The index after a nested block comment starting at {@code from} ("/*"). */
    public static int endOfBlockComment(String text, int from) {
        int depth = 0;
        int i = from;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return UNTERMINATED;
    }

    /** The index after a literal or quoted identifier opened by {@code quote} at {@code from}; doubled quotes stay inside. */
    public static int endOfQuoted(String text, int from, char quote, boolean backslashEscapes) {
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return UNTERMINATED;
    }

    /** Whether the quote at {@code i} opens an E'...' string, where backslashes escape. */
    public static boolean opensEscapeString(String text, int i) {
        return i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e') && (i < 2 || !isIdentifierPart(text.charAt(i - 2)));
    }

    /** "$$" or "$tag$" opening a dollar quote at {@code i}; null for a parameter ($1) or a $ inside a word. */
    public static String dollarTag(String text, int i) {
        if (i > 0 && isIdentifierPart(text.charAt(i - 1))) {
            return null;
        }
        int j = i + 1;
        if (j < text.length() && Character.isDigit(text.charAt(j))) {
            return null;
        }
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '$' ? text.substring(i, j + 1) : null;
    }

    /** The index after the dollar quote opened by {@code tag} at {@code from}. */
    public static int endOfDollarQuoted(String text, int from, String tag) {
        int close = text.indexOf(tag, from + tag.length());
        return close < 0 ? UNTERMINATED : close + tag.length();
    }

    public static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
