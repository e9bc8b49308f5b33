package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.SqlPredicate;

/**
 * An SQL expression a checklist computes over a table's rows ({@code lower(email)}): refused before anything is sent
 * when it could be more than one expression (the rules of {@link SqlPredicate}), then described by the server over its
 * table before it is used (see {@link IntegrityReader}).
 */
public record SqlExpression(String text) {

    public SqlExpression {
        text = SqlPredicate.oneExpression(text);
    }

    /** The expression in parentheses, ready to stand where a value goes. */
    public String sql() {
        return "(" + text + ")";
    }

    @Override
    public String toString() {
        return text;
    }
}
