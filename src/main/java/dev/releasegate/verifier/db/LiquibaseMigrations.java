package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.exception.MigrationFailedException;
import liquibase.logging.core.NoOpLogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Liquibase changelog (XML, YAML, JSON or formatted SQL, with its includes) applied and read by Liquibase itself,
 * so that DATABASECHANGELOG is exactly what Liquibase writes. The only class that touches Liquibase: loaded when a
 * Liquibase folder is used, and never on a run that uses none. Liquibase's console output, logging and usage
 * analytics are switched off: the console belongs to the checklist run.
 */
final class LiquibaseMigrations {

    private LiquibaseMigrations() {
    }

    /** Applies the changelog with Liquibase's update; returns the changelog files it read, for the record of what was built. */
    static List<Path> update(Connection connection, MigrationFolder folder, String databaseName, MigrationFailure failure) {
        Path searchRoot = folder.locations().get(0);
        try {
            return inScope(searchRoot, accessor -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG.getName(), database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG.getName(), folder.changelog())
                        .addArgumentValue("showSummary", "OFF")
                        .setOutput(java.io.OutputStream.nullOutputStream())
                        .execute();
                return files(searchRoot, parse(folder, accessor));
            });
        } catch (Exception e) {
            throw failure(folder, databaseName, failure, e);
        }
    }

    /** The change sets of the changelog as Liquibase reads them: id, author, file, checksum (latest checksum version). */
    static List<MigrationEntry> resolve(MigrationFolder folder) {
        try {
            return inScope(folder.locations().get(0), accessor -> {
                List<MigrationEntry> entries = new ArrayList<>();
                for (ChangeSet changeSet : parse(folder, accessor).getChangeSets()) {
                    entries.add(new MigrationEntry(changeSet.getId(), changeSet.getDescription(), changeSet.getAuthor(),
                            changeSet.getFilePath(), changeSet.generateCheckSum(ChecksumVersion.latest()).toString()));
                }
                return entries;
            });
        } catch (Exception e) {
            throw new ChecklistBroken("Liquibase could not read the changelog " + folder.shown(folder.locations().get(0)
                    .resolve(folder.changelog())) + ": " + message(e));
        }
    }

    private interface InScope<T> {
        T run(ResourceAccessor accessor) throws Exception;
    }

    // Liquibase keeps its scope in process-wide state: one changelog at a time
    private static synchronized <T> T inScope(Path searchRoot, InScope<T> work) throws Exception {
        ResourceAccessor accessor = new DirectoryResourceAccessor(searchRoot);
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), accessor,
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.logService.name(), new NoOpLogService(),
                "liquibase.analytics.enabled", false,
                "liquibase.showBanner", false);
        return Scope.child(scope, () -> work.run(accessor));
    }

    private static DatabaseChangeLog parse(MigrationFolder folder, ResourceAccessor accessor) throws LiquibaseException {
        return ChangeLogParserFactory.getInstance().getParser(folder.changelog(), accessor)
                .parse(folder.changelog(), new ChangeLogParameters(), accessor);
    }

    private static List<Path> files(Path searchRoot, DatabaseChangeLog changelog) {
        List<Path> files = new ArrayList<>();
        files.add(searchRoot.resolve(changelog.getPhysicalFilePath()));
        for (ChangeSet changeSet : changelog.getChangeSets()) {
            Path file = searchRoot.resolve(changeSet.getFilePath().replaceAll("^classpath:", "").replaceAll("^/+", ""));
            if (!files.contains(file) && Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        return files;
    }

    /** The change set and its file, the line its header is on, and the server's message. */
    private static ChecklistBroken failure(MigrationFolder folder, String databaseName, MigrationFailure failure, Exception e) {
        MigrationFailedException failed = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MigrationFailedException m) {
                failed = m;
                break;
            }
        }
        SQLException sql = MigrationFailure.sqlCause(e);
        // "Migration failed for changeset <file>::<id>::<author>:": the exception has no getter for its change set
        java.util.regex.Matcher named = failed == null || failed.getMessage() == null ? null
                : java.util.regex.Pattern.compile("changeset (.+?)::(.+?)::(.+?):(\\s|$)").matcher(failed.getMessage());
        if (named != null && named.find()) {
            Path file = folder.locations().get(0).resolve(named.group(1).replaceAll("^classpath:", "").replaceAll("^/+", ""));
            String shown = folder.shown(file) + " (change set " + named.group(2) + " by " + named.group(3) + ")";
            int line = lineOf(file, named.group(2));
            if (sql != null) {
                String failedSql = failedSql(e);
                int statementLine = failedSql == null ? 0 : lineOfStatement(file, line, failedSql);
                return statementLine > 0
                        ? failure.of(shown, MigrationFailure.lineAt(statementLine, failedSql, sql), sql, failedSql)
                        : failure.of(shown, line, sql, failedSql);
            }
            return failure.of(shown, line, message(e));
        }
        return new ChecklistBroken("database '" + databaseName + "': Liquibase could not apply the changelog "
                + folder.shown(folder.locations().get(0).resolve(folder.changelog())) + ": " + message(e)
                + " -- fix the changelog; the scenarios that use '" + databaseName + "' cannot be checked until every change set applies");
    }

    /** The line that declares a change set: {@code --changeset author:id}, {@code id="..."} or {@code id: ...}. */
    private static int lineOf(Path file, String id) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.matches(".*--\\s*changeset\\s+[^:\\s]+:" + java.util.regex.Pattern.quote(id) + "(\\s.*|$)")
                        || line.contains("id=\"" + id + "\"") || line.contains("id='" + id + "'")
                        || line.matches("\\s*-?\\s*id:\\s*['\"]?" + java.util.regex.Pattern.quote(id) + "['\"]?\\s*")) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the line is a help, not a must
        }
        return 0;
    }

    /** The statement Liquibase sent, from its "[Failed SQL: (0) ...]". */
    private static String failedSql(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage();
            int start = message == null ? -1 : message.indexOf("[Failed SQL: (");
            if (start >= 0) {
                int sqlStart = message.indexOf(") ", start);
                int end = message.lastIndexOf(']');
                if (sqlStart > 0 && end > sqlStart) {
                    return message.substring(sqlStart + 2, end);
                }
            }
        }
        return null;
    }

    /** The line a statement of a formatted SQL change set starts on, at or after its header; 0 when it is not in the file as written. */
    private static int lineOfStatement(Path file, int headerLine, String statement) {
        String first = statement.strip().split("\\R", 2)[0].strip();
        if (first.isEmpty()) {
            return 0;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = Math.max(0, headerLine - 1); i < lines.size(); i++) {
                if (lines.get(i).strip().equals(first)) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the line is a help, not a must
        }
        return 0;
    }

    /** The innermost message that says something: Liquibase wraps the server's in several layers. */
    private static String message(Throwable e) {
        SQLException sql = MigrationFailure.sqlCause(e);
        if (sql != null) {
            return sql.getMessage();
        }
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String text = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return text.strip().split("\\R")[0];
    }
}
