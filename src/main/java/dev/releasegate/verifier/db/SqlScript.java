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
                next = endOfBlockComment(text, i);
            } else {
                if (!Character.isWhitespace(c) && codeStart < 0) {
                    codeStart = i;
                }
                if (c == '\'') {
                    boolean escapes = i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
                            && (i < 2 || !isIdentifierPart(text.charAt(i - 2)));
                    next = endOfQuoted(text, i, '\'', escapes);
                } else if (c == '"') {
                    next = endOfQuoted(text, i, '"', false);
                } else if (c == '$' && (i == 0 || !isIdentifierPart(text.charAt(i - 1)))) {
                    next = endOfDollarQuoted(text, i);
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

    private static int endOfBlockComment(String text, int from) {
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
        return text.length();
    }

    private static int endOfQuoted(String text, int from, char quote, boolean backslashEscapes) {
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (at(text, i + 1, quote)) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int endOfDollarQuoted(String text, int from) {
        int i = from + 1;
        if (i < text.length() && Character.isDigit(text.charAt(i))) {
            return i; // $1: a parameter, not a quote
        }
        while (i < text.length() && isIdentifierPart(text.charAt(i)) && text.charAt(i) != '$') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '$') {
            return from + 1;
        }
        String tag = text.substring(from, i + 1);
        int close = text.indexOf(tag, i + 1);
        return close < 0 ? text.length() : close + tag.length();
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
