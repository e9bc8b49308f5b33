package dev.releasegate.verifier.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A migration file cut into the statements PostgreSQL would see, each with its place in the file, so that a
 * server error position becomes a line of the file. The cut follows PostgreSQL's lexer: quotes, dollar quotes,
 * nested comments, and semicolons inside {@code BEGIN ATOMIC ... END} bodies.
 */
public record SqlScript(String text, List<Statement> statements) {

    /** One statement without its closing semicolon: {@code start} is where its text begins in the file, {@code codeStart} its first token. */
    public record Statement(String sql, int start, int codeStart) {
    }

    public static SqlScript parse(String text) {
        List<Statement> statements = new ArrayList<>();
        int length = text.length();
        int start = 0;
        int codeStart = -1;
        int atomicDepth = 0;
        String previousWord = "";
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            int next = i + 1;
            if (c == '-' && at(text, i + 1, '-')) {
                next = endOfLine(text, i);
            } else if (c == '/' && at(text, i + 1, '*')) {
                next = toEnd(SqlLexer.endOfBlockComment(text, i), text);
            } else {
                if (!Character.isWhitespace(c) && codeStart < 0) {
                    codeStart = i;
                }
                if (c == '\'') {
                    next = toEnd(SqlLexer.endOfQuoted(text, i, '\'', SqlLexer.opensEscapeString(text, i)), text);
                } else if (c == '"') {
                    next = toEnd(SqlLexer.endOfQuoted(text, i, '"', false), text);
                } else if (c == '$' && SqlLexer.dollarTag(text, i) != null) {
                    next = toEnd(SqlLexer.endOfDollarQuoted(text, i, SqlLexer.dollarTag(text, i)), text);
                } else if (isIdentifierStart(c)) {
                    int end = i;
                    while (end < length && isIdentifierPart(text.charAt(end))) {
                        end++;
                    }
                    String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                    if (word.equals("atomic") && previousWord.equals("begin")) {
                        atomicDepth++;
                    } else if (atomicDepth > 0 && word.equals("case")) {
                        atomicDepth++;
                    } else if (atomicDepth > 0 && word.equals("end")) {
                        atomicDepth--;
                    }
                    previousWord = word;
                    next = end;
                } else if (c == ';' && atomicDepth == 0) {
                    if (codeStart >= 0 && codeStart < i) {
                        statements.add(new Statement(text.substring(start, i), start, codeStart));
                    }
                    start = i + 1;
                    codeStart = -1;
                    previousWord = "";
                }
            }
            i = next;
        }
        if (codeStart >= 0) {
            statements.add(new Statement(text.substring(start), start, codeStart));
        }
        return new SqlScript(text, List.copyOf(statements));
    }

    /** The 1-based line of the file at a 0-based character offset. */
    public int lineAt(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The line of the file that a server error points at: PostgreSQL's position is 1-based and counts characters
     * of the statement sent; without one, the statement's first line.
     */
    public int lineOf(Statement statement, int serverPosition) {
        if (serverPosition <= 0) {
            return lineAt(statement.codeStart());
        }
        int offset;
        try {
            offset = text.offsetByCodePoints(statement.start(), serverPosition - 1);
        } catch (IndexOutOfBoundsException e) {
            offset = statement.codeStart();
        }
        return lineAt(offset);
    }

    private static boolean at(String text, int index, char expected) {
        return index < text.length() && text.charAt(index) == expected;
    }

    private static int endOfLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** A migration file is cut where the server would cut it; an unterminated quote runs to the end, as there. */
    private static int toEnd(int end, String text) {
        return end == SqlLexer.UNTERMINATED ? text.length() : end;
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
