package dev.releasegate.verifier.checks;

/** SQL text compared the way a person reads it: white space collapsed, case ignored outside string literals. */
public final class SqlText {

    private SqlText() {
    }

    static String normalise(String sql) {
        return sql == null ? "" : tightenPunctuation(collapsed(sql, true));
    }

    /**
     * An expression PostgreSQL printed over several lines, on one: runs of white space outside string literals become
     * one space (the checks collapse white space themselves, so the one line checks exactly what the original would).
     */
    public static String oneLine(String sql) {
        return collapsed(sql, false);
    }

    private static String collapsed(String sql, boolean lowerCase) {
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

    /** "now ( )" and "now()" read the same, as do "a , b" and "a, b". */
    private static String tightenPunctuation(String text) {
        return text.replaceAll(" ?\\( ?", "(").replaceAll(" \\)", ")").replaceAll(" ?, ?", ", ");
    }

    /** "'active'::text" -> "'active'": a default written without PostgreSQL's cast still matches. */
    static String withoutTrailingCast(String normalised) {
        return normalised.replaceAll("(::[a-z_ .\"]+(\\([0-9, ]*\\))?(\\[])*)+$", "");
    }
}
