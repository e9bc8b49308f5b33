package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies a Supabase, Prisma or plain folder's migrations to a database this project built, each file in one round
 * trip when it can and statement by statement as psql would when it must (psql's {@code \set}, {@code \i},
 * {@code \ir}, {@code \echo} included), records each in the tool's history, and stops at the first error with the
 * file, the line and the server's message. Flyway and Liquibase folders are applied by the tools themselves.
 */
public final class MigrationRunner {

    /** An image that carries the extensions Supabase offers, for the message about a missing extension. */
    public static final String SUPABASE_IMAGE = MigrationFailure.SUPABASE_IMAGE;

    /** Meta-commands that only change what psql prints: nothing to do when nobody reads the output. */
    private static final Set<String> OUTPUT_ONLY = Set.of("echo", "qecho", "warn", "timing", "pset", "x", "a", "t", "f", "C", "H", "T");
    private static final int MAX_INCLUDE_DEPTH = 16;

    private final String databaseName;
    private final String configuredValue;
    private final MigrationFailure failure;
    private final boolean applySeed;

    /**
     * The arguments serve the messages: the database's name, its configured value (embedded:folder), how failures
     * are told; {@code applySeed} false skips the Supabase seed ({@code verify.embedded.seed=false}).
     */
    MigrationRunner(String databaseName, String configuredValue, MigrationFailure failure, boolean applySeed) {
        this.databaseName = databaseName;
        this.configuredValue = configuredValue;
        this.failure = failure;
        this.applySeed = applySeed;
    }

    public void apply(Connection connection, MigrationFolder folder) {
        MigrationHistoryRecorder history = new MigrationHistoryRecorder(folder.layout());
        try {
            connection.setAutoCommit(true);
            history.create(connection);
        } catch (SQLException e) {
            throw new ChecklistBroken("database '" + databaseName + "' (" + configuredValue + "): could not create the "
                    + folder.layout().name().toLowerCase() + " migration history: " + e.getMessage());
        }
        for (Migration migration : folder.migrations()) {
            List<String> statements = run(connection, folder, migration);
            record(migration, () -> history.record(connection, migration, statements));
        }
        if (applySeed) {
            folder.seed().ifPresent(seed -> {
                run(connection, folder, seed);
                record(seed, () -> history.recordSeed(connection, seed));
            });
        }
    }

    private List<String> run(Connection connection, MigrationFolder folder, Migration migration) {
        SqlScript script = SqlScript.parse(migration.sql());
        List<String> statements = new ArrayList<>();
        for (SqlScript.Statement sql : script.statements()) {
            statements.add(sql.sql().strip());
        }
        if (script.metaCommands().isEmpty() && statements.size() > 1 && !controlsTransactions(script)
                && appliedAsOneBatch(connection, script)) {
            return statements;
        }
        new PsqlSession(connection, folder).run(migration, script);
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

    /** One file at a time as psql runs it: statements in order, its variables, its includes. */
    private final class PsqlSession {
        private final Connection connection;
        private final MigrationFolder folder;
        private final Map<String, String> variables = new HashMap<>();
        private final Deque<Path> including = new ArrayDeque<>();
        private boolean quit;

        PsqlSession(Connection connection, MigrationFolder folder) {
            this.connection = connection;
            this.folder = folder;
        }

        void run(Migration migration, SqlScript script) {
            including.push(migration.path() == null ? Path.of(migration.file()) : migration.path());
            try (Statement statement = connection.createStatement()) {
                statement.setEscapeProcessing(false);
                for (SqlScript.Part part : script.parts()) {
                    if (quit) {
                        return;
                    }
                    if (part instanceof SqlScript.StatementPart s) {
                        execute(statement, migration, script, s.statement());
                    } else if (part instanceof SqlScript.MetaCommandPart m) {
                        meta(migration, script, m.command());
                    }
                }
            } catch (SQLException e) {
                throw new ChecklistBroken("database '" + databaseName + "': could not run " + migration.file() + ": " + e.getMessage());
            } finally {
                including.pop();
            }
        }

        private void execute(Statement statement, Migration migration, SqlScript script, SqlScript.Statement sql) {
            String text = SqlScript.interpolate(sql.sql(), variables);
            try {
                statement.execute(text);
            } catch (SQLException e) {
                int position = position(e);
                int line = position <= 0 ? script.lineAt(sql.codeStart())
                        : text.equals(sql.sql()) ? script.lineOf(sql, position)
                        : MigrationFailure.lineAt(script.lineAt(sql.start()), text, e);
                throw failure.of(migration.file(), line, e, text.substring(Math.max(0, sql.codeStart() - sql.start())));
            }
        }

        private static int position(SQLException e) {
            return e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                    ? p.getServerErrorMessage().getPosition() : 0;
        }

        private void meta(Migration migration, SqlScript script, SqlScript.MetaCommand command) {
            int line = script.lineAt(command.start());
            String name = command.name();
            if (OUTPUT_ONLY.contains(name)) {
                return;
            }
            switch (name) {
                case "set" -> {
                    List<String> arguments = arguments(migration, line, command);
                    if (!arguments.isEmpty()) {
                        variables.put(arguments.get(0), String.join("", arguments.subList(1, arguments.size())));
                    }
                }
                case "unset" -> arguments(migration, line, command).forEach(variables::remove);
                case "i", "include" -> include(migration, line, command, folder.root());
                case "ir", "include_relative" -> include(migration, line, command,
                        migration.path() == null || migration.path().getParent() == null ? folder.root() : migration.path().getParent());
                case "q", "quit" -> quit = true;
                default -> throw failure.of(migration.file(), line, "the psql meta-command \\" + name + " is not supported:"
                        + " the verifier applies \\set, \\unset, \\i, \\ir and \\q as psql does and skips \\echo and display"
                        + " settings (\\pset, \\timing, ...); write the step in SQL, or leave the seed out with"
                        + " -Dverify.embedded.seed=false if it is in supabase/seed.sql");
            }
        }

        private void include(Migration migration, int line, SqlScript.MetaCommand command, Path base) {
            List<String> arguments = arguments(migration, line, command);
            if (arguments.size() != 1) {
                throw failure.of(migration.file(), line, "\\" + command.name() + " takes one file name, got: " + command.arguments());
            }
            Path file = base.resolve(arguments.get(0)).normalize();
            if (including.size() >= MAX_INCLUDE_DEPTH || including.contains(file)) {
                throw failure.of(migration.file(), line, "\\" + command.name() + " " + arguments.get(0)
                        + " includes a file that is already being included (" + folder.shown(file) + ")");
            }
            if (!Files.isRegularFile(file)) {
                throw failure.of(migration.file(), line, "\\" + command.name() + " " + arguments.get(0) + ": there is no file "
                        + folder.shown(file) + " (\\i reads relative to the folder " + folder.source()
                        + ", \\ir relative to the including file)");
            }
            Migration included;
            try {
                included = MigrationFolder.read(folder.source(), folder.root(), file, null, null);
            } catch (IOException e) {
                throw failure.of(migration.file(), line, "could not read " + folder.shown(file) + ": " + e.getMessage());
            }
            run(included, SqlScript.parse(included.sql()));
        }

        /** psql's argument syntax: words, 'quoted' (with '' and \' escapes), :variables; no `shell commands`. */
        private List<String> arguments(Migration migration, int line, SqlScript.MetaCommand command) {
            List<String> arguments = new ArrayList<>();
            String text = command.arguments();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i >= text.length()) {
                    break;
                }
                StringBuilder argument = new StringBuilder();
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    char c = text.charAt(i);
                    if (c == '`') {
                        throw failure.of(migration.file(), line, "\\" + command.name() + " runs a shell command (`...`),"
                                + " which the verifier never does");
                    }
                    if (c == '\'') {
                        i++;
                        while (i < text.length()) {
                            char q = text.charAt(i);
                            if (q == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                                argument.append('\'');
                                i += 2;
                            } else if (q == '\\' && i + 1 < text.length()) {
                                char escaped = text.charAt(i + 1);
                                argument.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                                i += 2;
                            } else if (q == '\'') {
                                i++;
                                break;
                            } else {
                                argument.append(q);
                                i++;
                            }
                        }
                    } else if (c == ':' && i + 1 < text.length() && (Character.isLetterOrDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '_')) {
                        int end = i + 1;
                        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                            end++;
                        }
                        String variable = text.substring(i + 1, end);
                        argument.append(variables.containsKey(variable) ? variables.get(variable) : text.substring(i, end));
                        i = end;
                    } else {
                        argument.append(c);
                        i++;
                    }
                }
                arguments.add(argument.toString());
            }
            return arguments;
        }
    }

    private interface HistoryWrite {
        void run() throws SQLException;
    }

    private void record(Migration migration, HistoryWrite write) {
        try {
            write.run();
        } catch (SQLException e) {
            throw new ChecklistBroken("database '" + databaseName + "' (" + configuredValue + "): " + migration.file()
                    + " applied, but recording it in the migration history failed: " + e.getMessage());
        }
    }
}
