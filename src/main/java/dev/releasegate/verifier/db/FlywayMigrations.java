package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Flyway folder applied and read by Flyway itself, so that ordering, placeholders, repeatables, subfolders,
 * several locations, checksums and flyway_schema_history are exactly Flyway's. The only class that touches Flyway:
 * it is loaded when a Flyway folder is used, and never on a run that uses none.
 */
final class FlywayMigrations {

    /**
     * The keys of the project's Flyway configuration that shape what is applied; connection settings, callbacks
     * and everything else are the verifier's to decide (it applies into its own database, never cleans).
     */
    private static final Set<String> KEPT = Set.of("placeholderPrefix", "placeholderSuffix", "placeholderSeparator",
            "placeholderReplacement", "scriptPlaceholderPrefix", "scriptPlaceholderSuffix", "sqlMigrationPrefix",
            "sqlMigrationSeparator", "sqlMigrationSuffixes", "repeatableSqlMigrationPrefix", "defaultSchema", "schemas",
            "table", "tablespace", "encoding", "detectEncoding", "outOfOrder", "mixed", "group", "createSchemas", "initSql",
            "validateMigrationNaming", "ignoreMigrationPatterns", "target", "executeInTransaction", "baselineOnMigrate",
            "baselineVersion", "baselineDescription", "postgresql.transactional.lock");

    private FlywayMigrations() {
    }

    /** Applies the folder with Flyway's migrate; returns the files Flyway applied, for the record of what was built. */
    static List<Path> migrate(String jdbcUrl, String user, String password, MigrationFolder folder, String databaseName,
                              MigrationFailure failure) {
        Flyway flyway = configure(jdbcUrl, user, password, folder);
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw failure(folder, databaseName, failure, e);
        }
        List<Path> files = new ArrayList<>();
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getPhysicalLocation() != null && !info.getPhysicalLocation().isEmpty()) {
                Path file = Path.of(info.getPhysicalLocation());
                if (!files.contains(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /**
     * The folder as Flyway resolves it (versions, descriptions, scripts, checksums of what it would apply), read
     * through Flyway's info against a database without a Flyway history: the database checked is never used.
     */
    static List<MigrationEntry> resolve(String scratchJdbcUrl, MigrationFolder folder) {
        try {
            List<MigrationEntry> entries = new ArrayList<>();
            for (MigrationInfo info : configure(scratchJdbcUrl, null, null, folder).info().all()) {
                entries.add(new MigrationEntry(info.getVersion() == null ? null : info.getVersion().getVersion(),
                        info.getDescription(), null, info.getScript(),
                        info.getChecksum() == null ? null : String.valueOf(info.getChecksum())));
            }
            return entries;
        } catch (FlywayException e) {
            throw new ChecklistBroken("Flyway could not read the migrations folder " + folder.source() + ": " + firstLines(e.getMessage()));
        }
    }

    private static Flyway configure(String jdbcUrl, String user, String password, MigrationFolder folder) {
        Map<String, String> settings = new LinkedHashMap<>();
        folder.settings().forEach((key, value) -> {
            String name = key.substring("flyway.".length());
            if (KEPT.contains(name) || name.startsWith("placeholders.")) {
                settings.put(key, value);
            }
        });
        FluentConfiguration configuration = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .configuration(settings)
                // the console belongs to the checklist run: Flyway logs through SLF4J, which this project silences
                .loggers("slf4j")
                .dataSource(jdbcUrl, user, password)
                .locations(folder.locations().stream().map(p -> "filesystem:" + p.toAbsolutePath()).toArray(String[]::new))
                .cleanDisabled(true);
        try {
            return configuration.load();
        } catch (FlywayException e) {
            throw new ChecklistBroken("Flyway could not read the migrations folder " + folder.source() + ": " + firstLines(e.getMessage()));
        }
    }

    /** The failing file and line (the statement's first line, moved to the server's position), and the server's message. */
    private static ChecklistBroken failure(MigrationFolder folder, String databaseName, MigrationFailure failure, FlywayException e) {
        FlywaySqlScriptException script = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof FlywaySqlScriptException s) {
                script = s;
                break;
            }
        }
        SQLException sql = MigrationFailure.sqlCause(e);
        if (script != null && sql != null) {
            String file = script.getResource() == null ? folder.source()
                    : folder.shown(Path.of(script.getResource().getAbsolutePathOnDisk()));
            // Flyway numbers a statement by its first token, and its text starts with the comments before that token
            String statement = script.getStatement() == null ? "" : script.getStatement();
            List<SqlScript.Statement> parsed = SqlScript.parse(statement).statements();
            int codeStart = parsed.isEmpty() ? 0 : parsed.get(0).codeStart();
            int firstLine = script.getLineNumber() - (int) statement.substring(0, codeStart).chars().filter(c -> c == '\n').count();
            return failure.of(file, MigrationFailure.lineAt(firstLine, statement, sql), sql, statement.substring(codeStart));
        }
        return new ChecklistBroken("database '" + databaseName + "': Flyway could not apply the migrations in " + folder.source()
                + ": " + firstLines(e.getMessage()) + " -- fix the migrations; the scenarios that use '" + databaseName
                + "' cannot be checked until every migration applies");
    }

    /** Flyway's messages run to several lines of advice for its command line; the first two say what happened. */
    private static String firstLines(String message) {
        if (message == null) {
            return "(no message)";
        }
        String[] lines = message.strip().split("\\R");
        String joined = lines.length > 1 && !lines[1].startsWith("---") ? lines[0] + " " + lines[1] : lines[0];
        return joined.strip();
    }
}
