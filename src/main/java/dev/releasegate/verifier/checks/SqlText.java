package dev.releasegate.verifier.checks;

/** SQL text compared the way a person reads it: white space collapsed, case ignored outside string literals. */
final class SqlText {

    private SqlText() {
    }

    static String normalise(String sql) {
        if (sql == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean inLiteral = false;
        boolean space = false;
        for (char c : sql.trim().toCharArray()) {
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
            out.append(inLiteral ? c : Character.toLowerCase(c));
        }
        return tightenPunctuation(out.toString());
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
