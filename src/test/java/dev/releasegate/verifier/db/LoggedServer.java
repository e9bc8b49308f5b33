package dev.releasegate.verifier.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An embedded PostgreSQL of its own that logs every statement it runs ({@code log_statement = all}) with the
 * client's application name and the database, so a test can read what the verifier really ran.
 */
public final class LoggedServer implements AutoCloseable {

    /** One statement the server ran, as its log records it. */
    public record LoggedStatement(String application, String database, String text) {
    }

    // "migration-verifier@@hostile@@LOG:  execute <unnamed>: select 1"; a multi-line statement continues on lines
    // starting with a tab (zonky hands the settings to a shell, so the prefix holds no space, bar or quote)
    private static final String SEPARATOR = "@@";
    private static final Pattern RECORD = Pattern.compile("^(.*?)@@(.*?)@@(LOG|ERROR|DETAIL|STATEMENT|HINT|WARNING|FATAL|NOTICE|CONTEXT|PANIC):  (.*)$");
    private static final Pattern RAN = Pattern.compile("^(?:statement|execute [^:]*): (.*)$", Pattern.DOTALL);

    private final EmbeddedPostgres postgres;
    private final Path log;

    private LoggedServer(EmbeddedPostgres postgres, Path log) {
        this.postgres = postgres;
        this.log = log;
    }

    public static LoggedServer start() {
        try {
            Path log = Files.createTempFile("statement-log-", ".log");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("log_statement", "all")
                    .setServerConfig("log_line_prefix", "%a" + SEPARATOR + "%d" + SEPARATOR)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("fsync", "off")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new LoggedServer(postgres, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=postgres";
    }

    /** A new database built from shipped or test SQL resources, run as the superuser; returns its address. */
    public String createDatabase(String name, List<String> resources) {
        execute(jdbcUrl("postgres"), "create database " + SqlIdentifier.quote(name));
        for (String resource : resources) {
            execute(jdbcUrl(name), EmbeddedDatabases.readResource(resource));
        }
        return jdbcUrl(name);
    }

    public static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Every statement the server has run so far, in order. */
    public List<LoggedStatement> statements() {
        List<LoggedStatement> statements = new ArrayList<>();
        String application = null;
        String database = null;
        StringBuilder text = null;
        for (String line : lines()) {
            Matcher record = RECORD.matcher(line);
            if (record.matches()) {
                add(statements, application, database, text);
                text = null;
                Matcher ran = RAN.matcher(record.group(4));
                if (record.group(3).equals("LOG") && ran.matches()) {
                    application = record.group(1);
                    database = record.group(2);
                    text = new StringBuilder(ran.group(1));
                }
            } else if (text != null && line.startsWith("\t")) {
                text.append('\n').append(line.substring(1));
            }
        }
        add(statements, application, database, text);
        return statements;
    }

    /** The whole log, for assertions that something appears nowhere in it. */
    public String text() {
        return String.join("\n", lines());
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<LoggedStatement> statements, String application, String database, StringBuilder text) {
        if (text != null) {
            statements.add(new LoggedStatement(application, database, text.toString().strip()));
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            log.toFile().delete();
        }
    }
}
