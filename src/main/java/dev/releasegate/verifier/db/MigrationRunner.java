package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a folder's migrations to a database this project built, each file in one round trip when it can and
 * statement by statement as psql would when it must, records each in the tool's history, and stops at the first
 * error with the file, the line and the server's message.
 */
public final class MigrationRunner {

    /** An image that carries the extensions Supabase offers, for the message about a missing extension. */
    public static final String SUPABASE_IMAGE = "supabase/postgres:15.8.1.060";

    private static final Pattern UNAVAILABLE_EXTENSION = Pattern.compile(
            "extension \"([^\"]+)\" is not available|could not open extension control file \"[^\"]*/([^/\"]+)\\.control\"");

    private final String databaseName;
    private final String configuredValue;
    private final String server;
    private final String folder;

    /**
     * The arguments only serve the messages: the database's name, its configured value (embedded:folder), what
     * runs it ("the embedded PostgreSQL", "the image postgres:17") and the folder as configured.
     */
    public MigrationRunner(String databaseName, String configuredValue, String server, String folder) {
        this.databaseName = databaseName;
        this.configuredValue = configuredValue;
        this.server = server;
        this.folder = folder;
    }

    public void apply(Connection connection, MigrationFolder folder) {
        MigrationHistory history = new MigrationHistory(folder.layout());
        try {
            connection.setAutoCommit(true);
            history.create(connection);
        } catch (SQLException e) {
            throw new ChecklistBroken("database '" + databaseName + "' (" + configuredValue + "): could not create the "
                    + folder.layout().name().toLowerCase() + " migration history: " + e.getMessage());
        }
        for (Migration migration : folder.migrations()) {
            long started = System.nanoTime();
            List<String> statements = run(connection, migration);
            record(connection, migration, () -> history.record(connection, migration, statements,
                    (System.nanoTime() - started) / 1_000_000));
        }
        folder.seed().ifPresent(seed -> {
            run(connection, seed);
            record(connection, seed, () -> history.recordSeed(connection, seed));
        });
    }

    private List<String> run(Connection connection, Migration migration) {
        SqlScript script = SqlScript.parse(migration.sql());
        List<String> statements = new ArrayList<>();
        for (SqlScript.Statement sql : script.statements()) {
            statements.add(sql.sql().strip());
        }
        if (statements.size() > 1 && !controlsTransactions(script) && appliedAsOneBatch(connection, script)) {
            return statements;
        }
        runOneByOne(connection, migration, script);
        return statements;
    }

    // A file that commits part of itself cannot be retried from its start after a failed batch.
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)(begin|commit|end|rollback|abort|start\\s+transaction|savepoint|release|prepare\\s+transaction)\\b.*");

    private static boolean controlsTransactions(SqlScript script) {
        return script.statements().stream().anyMatch(sql -> TRANSACTION_CONTROL.matcher(
                sql.sql().substring(sql.codeStart() - sql.start())).matches());
    }

    /**
     * The fast way, one round trip per file: pgjdbc sends the statements together and PostgreSQL runs them as one
     * implicit transaction, so a failure leaves nothing behind. Statements that refuse to run inside a transaction
     * ({@code CREATE INDEX CONCURRENTLY}, a new enum value used in the same file) and real errors fall back to one
     * statement at a time, which either applies the file as psql would or pins the error to its line.
     */
    private static boolean appliedAsOneBatch(Connection connection, SqlScript script) {
        StringBuilder batch = new StringBuilder();
        for (SqlScript.Statement sql : script.statements()) {
            batch.append(sql.sql()).append("\n;\n");
        }
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            statement.execute(batch.toString());
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void runOneByOne(Connection connection, Migration migration, SqlScript script) {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            for (SqlScript.Statement sql : script.statements()) {
                try {
                    statement.execute(sql.sql());
                } catch (SQLException e) {
                    throw failure(migration, script, sql, e);
                }
            }
        } catch (SQLException e) {
            throw new ChecklistBroken("database '" + databaseName + "': could not run " + migration.file() + ": " + e.getMessage());
        }
    }

    private interface HistoryWrite {
        void run() throws SQLException;
    }

    private void record(Connection connection, Migration migration, HistoryWrite write) {
        try {
            write.run();
        } catch (SQLException e) {
            throw new ChecklistBroken("database '" + databaseName + "' (" + configuredValue + "): " + migration.file()
                    + " applied, but recording it in the migration history failed: " + e.getMessage());
        }
    }

    private ChecklistBroken failure(Migration migration, SqlScript script, SqlScript.Statement statement, SQLException e) {
        ServerErrorMessage serverError = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        int position = serverError == null ? 0 : serverError.getPosition();
        int line = script.lineOf(statement, position);
        String where = migration.file() + " (line " + line + ")";
        String text = serverError == null || serverError.getMessage() == null ? e.getMessage() : serverError.getMessage();
        Matcher extension = UNAVAILABLE_EXTENSION.matcher(text);
        if ("0A000".equals(e.getSQLState()) || "58P01".equals(e.getSQLState())) {
            if (extension.find()) {
                String name = extension.group(1) != null ? extension.group(1) : extension.group(2);
                return new ChecklistBroken("database '" + databaseName + "': migration " + where + " needs the extension \""
                        + name + "\", which " + server + " does not carry"
                        + (server.startsWith("the embedded") ? " (it has PostgreSQL's own contrib extensions only, such as"
                        + " uuid-ossp, pgcrypto, pg_trgm, citext, hstore, ltree)" : "")
                        + ": run these migrations in a container from an image that has it, e.g. -D"
                        + DatabaseSettings.PREFIX + databaseName + "=testcontainers:" + SUPABASE_IMAGE + ":" + folder
                        + " (needs Docker)");
            }
        }
        StringBuilder message = new StringBuilder("database '" + databaseName + "': migration " + migration.file()
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
        message.append(". Statement: ").append(firstLine(statement.sql().substring(statement.codeStart() - statement.start()).strip()))
                .append(" -- fix the migration; the scenarios that use '").append(databaseName)
                .append("' cannot be checked until every migration applies");
        return new ChecklistBroken(message.toString());
    }

    private static String firstLine(String sql) {
        int newline = sql.indexOf('\n');
        String first = newline < 0 ? sql : sql.substring(0, newline).strip() + " ...";
        return first.length() > 120 ? first.substring(0, 120) + " ..." : first;
    }
}
