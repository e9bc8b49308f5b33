package dev.releasegate.verifier.db;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A throwaway PostgreSQL server on localhost, started from zonky's embedded binaries, that also works as root. */
public final class EmbeddedServer implements AutoCloseable {

    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path log;
    private final Path dataDirectory;

    private EmbeddedServer(EmbeddedPostgres postgres, Path log, Path dataDirectory) {
        this.postgres = postgres;
        this.log = log;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedServer start() {
        requireUserNamespacesWhenRoot();
        // zonky sends the servers' output to slf4j, which may have no binding; a file keeps it for the error message.
        Path log = createLog();
        InitializedDataDirectory initialized = InitializedDataDirectory.forBinariesOnClassPath();
        Path dataDirectory = InitializedDataDirectory.newDataDirectory();
        boolean copied = false;
        try {
            if (initialized.available()) {
                initialized.copyTo(dataDirectory);
                copied = true;
            }
        } catch (IOException | UncheckedIOException e) {
            InitializedDataDirectory.deleteTree(dataDirectory); // fall back to initdb
        }
        try {
            return start(log, dataDirectory, copied ? null : initialized);
        } catch (IllegalStateException e) {
            if (!copied) {
                throw e;
            }
            // the cached cluster would not start: forget it and initialise a new one
            initialized.discard();
            InitializedDataDirectory.deleteTree(dataDirectory);
            return start(log, InitializedDataDirectory.newDataDirectory(), initialized);
        }
    }

    /** Starts on a data directory; zonky runs initdb when it is empty, and {@code saveTo} then keeps a copy for later starts. */
    private static EmbeddedServer start(Path log, Path dataDirectory, InitializedDataDirectory saveTo) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    // 1 MB WAL segments instead of 16: a smaller cluster to initialise and to copy
                    .setLocaleConfig("wal-segsize", "1")
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (saveTo != null) {
                builder.setDataDirectoryCustomizer(directory -> saveTo.save(directory.toPath()));
            }
            EmbeddedPostgres postgres = builder.start();
            log.toFile().deleteOnExit();
            return new EmbeddedServer(postgres, log, dataDirectory);
        } catch (IOException | RuntimeException e) {
            InitializedDataDirectory.deleteTree(dataDirectory);
            throw new IllegalStateException("Could not start the embedded PostgreSQL server: " + e.getMessage()
                    + ". Its output is in " + log + ".", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        // pgjdbc URL-decodes the database part, so names with '?', '/' or '%' survive only encoded.
        return "jdbc:postgresql://localhost:" + port() + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "?user=" + SUPERUSER;
    }

    public String serverVersion() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the embedded PostgreSQL server's version: "
                    + e.getMessage(), e);
        }
    }

    public void createDatabase(String name) {
        execute("create database " + quoteIdentifier(name));
    }

    public void createDatabaseFromTemplate(String name, String template) {
        execute("create database " + quoteIdentifier(name) + " template " + quoteIdentifier(template));
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL server on port " + port()
                    + "; its output is in " + log, e);
        }
        log.toFile().delete();
        // zonky leaves a data directory it did not create itself; this one is ours to remove
        InitializedDataDirectory.deleteTreeLater(dataDirectory);
    }

    static String quoteIdentifier(String identifier) {
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Not a usable PostgreSQL name: '" + identifier + "'");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run `" + sql + "` on the embedded PostgreSQL server: "
                    + e.getMessage(), e);
        }
    }

    private static Path createLog() {
        try {
            return Files.createTempFile("embedded-postgres-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a log file for the embedded PostgreSQL server in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
    }

    // PostgreSQL refuses to run as root. When this JVM is root, zonky runs initdb, pg_ctl and postgres through
    // `unshare -U`: in a new user namespace with no mapping the process appears as the overflow uid (65534, nobody),
    // which PostgreSQL accepts, while outside it is still root and owns the data directory. zonky silently skips
    // that when it finds user namespaces unusable, and PostgreSQL then fails with a bare "Process failed".
    private static void requireUserNamespacesWhenRoot() {
        if (System.getProperty("os.name").startsWith("Windows")
                || new UnixSystem().getUid() != 0
                || LinuxUtils.isUnshareAvailable()) {
            return;
        }
        throw new IllegalStateException("PostgreSQL refuses to run as root and this machine does not allow user"
                + " namespaces: run as a normal user, or name a database with -Dverify.db.NAME=postgresql://..."
                + " (checked with `unshare -U id -un`, which must succeed and print a user other than root)");
    }
}
