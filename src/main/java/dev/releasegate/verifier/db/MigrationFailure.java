package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message for a migration that did not apply, the same whichever tool applied it (our runner, Flyway,
 * Liquibase): the database, the file and line, the server's message with its detail, hint and context, the
 * statement's first line, and what to do. A missing extension points to a container image that has it.
 */
final class MigrationFailure {

    /** An image that carries the extensions Supabase offers, for the message about a missing extension. */
    static final String SUPABASE_IMAGE = "supabase/postgres:15.8.1.060";

    private static final Pattern UNAVAILABLE_EXTENSION = Pattern.compile(
            "extension \"([^\"]+)\" is not available|could not open extension control file \"[^\"]*/([^/\"]+)\\.control\"");

    private final String databaseName;
    private final String server;
    private final String folder;

    /** The database's name, what runs it ("the embedded PostgreSQL", "the image postgres:17"), the folder as configured. */
    MigrationFailure(String databaseName, String server, String folder) {
        this.databaseName = databaseName;
        this.server = server;
        this.folder = folder;
    }

    /** {@code file} as the report shows it, {@code line} in that file, the first line of the statement (may be null). */
    ChecklistBroken of(String file, int line, SQLException e, String statement) {
        ServerErrorMessage serverError = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String text = serverError == null || serverError.getMessage() == null ? e.getMessage() : serverError.getMessage();
        Matcher extension = UNAVAILABLE_EXTENSION.matcher(text == null ? "" : text);
        if (("0A000".equals(e.getSQLState()) || "58P01".equals(e.getSQLState())) && extension.find()) {
            String name = extension.group(1) != null ? extension.group(1) : extension.group(2);
            return new ChecklistBroken("database '" + databaseName + "': migration " + file + " (line " + line + ") needs the extension \""
                    + name + "\", which " + server + " does not carry"
                    + (server.startsWith("the embedded") ? " (it has PostgreSQL's own contrib extensions only, such as"
                    + " uuid-ossp, pgcrypto, pg_trgm, citext, hstore, ltree)" : "")
                    + ": run these migrations in a container from an image that has it, e.g. -D"
                    + DatabaseSettings.PREFIX + databaseName + "=testcontainers:" + SUPABASE_IMAGE + ":" + folder
                    + " (needs Docker)");
        }
        StringBuilder message = new StringBuilder("database '" + databaseName + "': migration " + file
                + " failed at line " + line + ": ");
        message.append(serverError == null ? "" : serverError.getSeverity() + ": ").append(text);
        if (serverError != null) {
            if (serverError.getDetail() != null) {
                message.append(" (detail: ").append(serverError.getDetail()).append(')');
            }
            if (serverError.getHint() != null) {
                message.append(" (hint: ").append(serverError.getHint()).append(')');
            }
            if (serverError.getWhere() != null) {
                message.append(" (where: ").append(serverError.getWhere()).append(')');
            }
        }
        if (statement != null && !statement.isBlank()) {
            message.append(". Statement: ").append(firstLine(statement.strip()));
        }
        return new ChecklistBroken(message.append(" -- ").append(whatToDo()).toString());
    }

    /** A failure that is not the server's: a psql meta-command we do not run, a file that cannot be read, a tool's own error. */
    ChecklistBroken of(String file, int line, String problem) {
        return new ChecklistBroken("database '" + databaseName + "': migration " + file
                + (line > 0 ? " failed at line " + line : " failed") + ": " + problem + " -- " + whatToDo());
    }

    private String whatToDo() {
        return "fix the migration; the scenarios that use '" + databaseName + "' cannot be checked until every migration applies";
    }

    /** The line of a file that a server error points at, from the line its statement starts on and the server's 1-based position. */
    static int lineAt(int statementLine, String statement, SQLException e) {
        ServerErrorMessage serverError = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        int position = serverError == null ? 0 : serverError.getPosition();
        if (statement == null || position <= 0) {
            return statementLine;
        }
        int line = statementLine;
        int end;
        try {
            end = statement.offsetByCodePoints(0, position - 1);
        } catch (IndexOutOfBoundsException outside) {
            return statementLine;
        }
        for (int i = 0; i < end; i++) {
            if (statement.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The SQL error behind a tool's exception (Flyway and Liquibase wrap it), or null. */
    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static String firstLine(String sql) {
        int newline = sql.indexOf('\n');
        String first = newline < 0 ? sql : sql.substring(0, newline).strip() + " ...";
        return first.length() > 120 ? first.substring(0, 120) + " ..." : first;
    }
}
