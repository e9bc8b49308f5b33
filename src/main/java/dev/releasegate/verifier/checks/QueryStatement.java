package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.SqlLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statement of a {@code When I query:}, read the way PostgreSQL's lexer would (string literals, E'' escapes,
 * quoted identifiers, dollar quotes, nested comments), so that a semicolon or a keyword inside any of them is not
 * taken for a second statement or a write. Checked before anything is sent.
 */
public record QueryStatement(String sql, List<String> words, int statements) {

    /** The statements {@code When I query} runs. */
    public static final Set<String> READ_ONLY_STARTS = Set.of("select", "with", "values", "table", "show", "explain");
    /** What EXPLAIN can take a plan of. */
    private static final Set<String> EXPLAINABLE_STARTS = Set.of("select", "with", "values", "table");
    /** What a query may start with in a scenario tagged @writes, besides the read-only starts. */
    private static final Set<String> WRITING_STARTS = Set.of("insert", "update", "delete", "merge");
    private static final Set<String> WRITING_WORDS = Set.of("insert", "update", "delete", "merge", "truncate", "into");

    public QueryStatement {
        words = List.copyOf(words);
    }

    /** Reads one statement; more than one, an empty text or an unterminated quote or comment is a checklist error. */
    public static QueryStatement parse(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new ChecklistBroken("the query is empty: write one select statement in the doc string under When I query:");
        }
        List<String> words = new ArrayList<>();
        int statements = 0;
        boolean content = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = orFail(SqlLexer.endOfBlockComment(sql, i), "comment /*");
            } else if (c == '\'') {
                i = orFail(SqlLexer.endOfQuoted(sql, i, '\'', SqlLexer.opensEscapeString(sql, i)), "string literal");
                content = true;
            } else if (c == '"') {
                i = orFail(SqlLexer.endOfQuoted(sql, i, '"', false), "quoted identifier");
                content = true;
            } else if (c == '$' && SqlLexer.dollarTag(sql, i) != null) {
                String tag = SqlLexer.dollarTag(sql, i);
                i = orFail(SqlLexer.endOfDollarQuoted(sql, i, tag), "dollar quote " + tag);
                content = true;
            } else if (c == ';') {
                if (content) {
                    statements++;
                }
                content = false;
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && isWordChar(sql.charAt(i))) {
                    i++;
                }
                words.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
                content = true;
            } else {
                if (!Character.isWhitespace(c)) {
                    content = true;
                }
                i++;
            }
        }
        if (content) {
            statements++;
        }
        if (statements == 0) {
            throw new ChecklistBroken("the query holds no statement, only comments: write one select statement");
        }
        return new QueryStatement(sql.strip(), words, statements);
    }

    /**
     * The statement, if {@code When I query} may send it: exactly one statement, starting with select, with, values,
     * table, show or explain, and writing nothing unless {@code writesAllowed} (acting as a role in a scenario
     * tagged {@code @writes}). Anything else is refused before it is sent.
     */
    public static QueryStatement forQuery(String sql, boolean writesAllowed) {
        QueryStatement statement = parse(sql);
        if (statement.statements > 1) {
            throw new ChecklistBroken("the query holds " + statement.statements + " statements: write exactly one read-only statement"
                    + " (select, with, values, table, show, explain); nothing was sent");
        }
        String first = statement.firstWord();
        if (writesAllowed && WRITING_STARTS.contains(first)) {
            return statement;
        }
        if (!READ_ONLY_STARTS.contains(first)) {
            throw new ChecklistBroken("'" + first + "' statements are not run by When I query: write one read-only statement"
                    + " starting with select, with, values, table, show or explain (insert, update, delete and merge too in a"
                    + " scenario tagged @writes); nothing was sent");
        }
        if (statement.writesData() && !writesAllowed) {
            throw new ChecklistBroken("the query writes (" + String.join(", ", statement.writingWords()) + "): When I query is"
                    + " read-only. Only in a scenario tagged @writes may a query write, and it is rolled back when the scenario ends; nothing was sent (if a word here is a column name, write it in double quotes)");
        }
        return statement;
    }

    public String firstWord() {
        return words.isEmpty() ? "" : words.get(0);
    }

    /** Whether any keyword outside literals and comments writes (insert, update, delete, merge, truncate, select into). */
    public boolean writesData() {
        return !writingWords().isEmpty();
    }

    private List<String> writingWords() {
        return words.stream().filter(WRITING_WORDS::contains).distinct().toList();
    }

    /** Whether EXPLAIN can plan this statement (not a SHOW, not an EXPLAIN). */
    public boolean explainable() {
        return EXPLAINABLE_STARTS.contains(firstWord());
    }

    /** The statement without a trailing semicolon, ready to follow {@code EXPLAIN (...)}. */
    public String body() {
        String body = sql.strip();
        while (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).stripTrailing();
        }
        return body;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int orFail(int end, String what) {
        if (end == SqlLexer.UNTERMINATED) {
            throw unterminated(what);
        }
        return end;
    }

    private static ChecklistBroken unterminated(String what) {
        return new ChecklistBroken("the query has an unterminated " + what + ": nothing was sent");
    }
}
