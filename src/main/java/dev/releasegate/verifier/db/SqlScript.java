package dev.releasegate.verifier.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A migration file cut into the statements PostgreSQL would see, each with its place in the file, so that a
 * server error position becomes a line of the file. The cut follows PostgreSQL's lexer: quotes, dollar quotes,
 * nested comments, and semicolons inside {@code BEGIN ATOMIC ... END} bodies. Files written for psql may hold
 * its meta-commands ({@code \echo}, {@code \set}, {@code \i}, ...): each runs from its backslash to the end of the
 * line, as psql reads it, and is kept apart from the SQL around it.
 */
public record SqlScript(String text, List<Statement> statements, List<MetaCommand> metaCommands) {

    /** One statement without its closing semicolon: {@code start} is where its text begins in the file, {@code codeStart} its first token. */
    public record Statement(String sql, int start, int codeStart) {
    }

    /** A psql meta-command: {@code name} without its backslash ({@code set}), its arguments as written, where it starts. */
    public record MetaCommand(String name, String arguments, int start) {
    }

    /** A statement or a meta-command, in the order psql meets them. */
    public sealed interface Part permits StatementPart, MetaCommandPart {
        int offset();
    }

    record StatementPart(Statement statement) implements Part {
        public int offset() {
            return statement.codeStart();
        }
    }

    record MetaCommandPart(MetaCommand command) implements Part {
        public int offset() {
            return command.start();
        }
    }

    /** Statements and meta-commands in file order. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        statements.forEach(s -> parts.add(new StatementPart(s)));
        metaCommands.forEach(m -> parts.add(new MetaCommandPart(m)));
        parts.sort(java.util.Comparator.comparingInt(Part::offset));
        return parts;
    }

    public static SqlScript parse(String original) {
        List<Statement> statements = new ArrayList<>();
        List<MetaCommand> metaCommands = new ArrayList<>();
        // meta-commands are blanked out of the text the statements are cut from: offsets and lines stay the file's
        StringBuilder blanked = new StringBuilder(original);
        String text = original;
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
                } else if (c == '\\') {
                    next = endOfLine(text, i);
                    int lineEnd = next > i && text.charAt(next - 1) == '\n' ? next - 1 : next;
                    metaCommands.add(metaCommand(text.substring(i + 1, lineEnd), i));
                    for (int j = i; j < lineEnd; j++) {
                        blanked.setCharAt(j, ' ');
                    }
                    if (codeStart == i) {
                        codeStart = -1;
                    }
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
                        statements.add(new Statement(blanked.substring(start, i), start, codeStart));
                    }
                    start = i + 1;
                    codeStart = -1;
                    previousWord = "";
                }
            }
            i = next;
        }
        if (codeStart >= 0) {
            statements.add(new Statement(blanked.substring(start), start, codeStart));
        }
        return new SqlScript(original, List.copyOf(statements), List.copyOf(metaCommands));
    }

    private static MetaCommand metaCommand(String line, int start) {
        int end = 0;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && (end == 0 || line.charAt(end) != '\\')) {
            end++;
        }
        return new MetaCommand(line.substring(0, end), line.substring(end).strip(), start);
    }

    /**
     * psql's variable interpolation in a statement: {@code :name} becomes the value, {@code :'name'} a quoted literal,
     * {@code :"name"} a quoted identifier; not inside quotes, comments or dollar quotes, not in a {@code ::} cast, and
     * not for a name that is not set (psql leaves those as written).
     */
    public static String interpolate(String sql, java.util.Map<String, String> variables) {
        if (variables.isEmpty() || sql.indexOf(':') < 0) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int next = i + 1;
            if (c == '-' && at(sql, i + 1, '-')) {
                next = endOfLine(sql, i);
            } else if (c == '/' && at(sql, i + 1, '*')) {
                next = toEnd(SqlLexer.endOfBlockComment(sql, i), sql);
            } else if (c == '\'') {
                next = toEnd(SqlLexer.endOfQuoted(sql, i, '\'', SqlLexer.opensEscapeString(sql, i)), sql);
            } else if (c == '"') {
                next = toEnd(SqlLexer.endOfQuoted(sql, i, '"', false), sql);
            } else if (c == '$' && SqlLexer.dollarTag(sql, i) != null) {
                next = toEnd(SqlLexer.endOfDollarQuoted(sql, i, SqlLexer.dollarTag(sql, i)), sql);
            } else if (c == ':' && at(sql, i + 1, ':')) {
                next = i + 2;
            } else if (c == ':' && i + 1 < sql.length()) {
                char quote = sql.charAt(i + 1);
                if (quote == '\'' || quote == '"') {
                    int close = sql.indexOf(quote, i + 2);
                    String name = close < 0 ? null : sql.substring(i + 2, close);
                    if (name != null && variables.containsKey(name)) {
                        String value = variables.get(name);
                        out.append(quote == '\''
                                ? "'" + value.replace("'", "''") + "'"
                                : '"' + value.replace("\"", "\"\"") + '"');
                        i = close + 1;
                        continue;
                    }
                } else {
                    int end = i + 1;
                    while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                        end++;
                    }
                    String name = sql.substring(i + 1, end);
                    if (!name.isEmpty() && variables.containsKey(name)) {
                        out.append(variables.get(name));
                        i = end;
                        continue;
                    }
                }
            }
            out.append(sql, i, Math.min(next, sql.length()));
            i = next;
        }
        return out.toString();
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
