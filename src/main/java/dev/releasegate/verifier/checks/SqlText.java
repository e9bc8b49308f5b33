package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.db.SqlLexer;

/** SQL text compared the way a person reads it: white space collapsed, case ignored outside string literals. */
final class SqlText {

    private SqlText() {
    }

    static String normalise(String sql) {
        return sql == null ? "" : tightenPunctuation(SqlLexer.oneLine(sql, true));
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
