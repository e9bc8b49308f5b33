package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Databases that live in the run's embedded PostgreSQL, named {@code embedded:<folder>}: the server is started on
 * first use, once, and each configured name gets a fresh database with the Supabase-like base and then the folder's
 * migrations (see {@link MigrationFolder}). The demonstration databases are such folders, shipped on the classpath.
 */
public final class EmbeddedDatabases implements AutoCloseable {

    /** The Supabase-like base every embedded database starts from. */
    public static final String SUPABASE_BASE = "demo/supabase-base.sql";
    /** The TrackPay demonstration (seed 000) as a Supabase migrations folder: what embedded:demo means for staging and production. */
    public static final String TRACKPAY_FOLDER = MigrationFolder.CLASSPATH_PREFIX + "demo/trackpay";
    public static final List<String> DEMO_SCRIPTS = List.of(SUPABASE_BASE,
            "demo/trackpay/supabase/migrations/20250101000000_trackpay.sql");
    private static final java.util.Set<String> TRACKPAY_NAMES = java.util.Set.of("staging", "production");

    private final Map<String, CompletableFuture<String>> built = new ConcurrentHashMap<>();
    private final AtomicInteger databasesCreated = new AtomicInteger();
    private volatile EmbeddedServer server;

    /**
     * The JDBC address of the embedded database behind a configured name ({@code source} is what follows
     * {@code embedded:}), building it first if needed. A folder whose migrations fail is remembered as failed:
     * every scenario that needs it is broken with the same message, and nothing is retried.
     */
    public String jdbcUrl(String name, String source) {
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> existing = built.putIfAbsent(name + "\u0000" + source, mine);
        if (existing == null) {
            try {
                mine.complete(build(name, source));
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
            existing = mine;
        }
        try {
            return server().jdbcUrl(existing.join());
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    /**
     * Whether a demonstration database of this name ships with the project: staging and production (TrackPay),
     * and any other name with a {@code demo/<name>.sql} resource, built on the Supabase-like base.
     */
    public boolean hasDemo(String name) {
        String demo = demoName(name);
        return TRACKPAY_NAMES.contains(demo) || resourceExists(demoResource(demo));
    }

    /** demo-production and production both mean the demonstration database "production". */
    private static String demoName(String name) {
        return name.startsWith(Databases.DEMO_NAME_PREFIX) ? name.substring(Databases.DEMO_NAME_PREFIX.length()) : name;
    }

    private static String demoResource(String name) {
        return "demo/" + name + ".sql";
    }

    private static boolean resourceExists(String resource) {
        return EmbeddedDatabases.class.getClassLoader().getResource(resource) != null;
    }

    public synchronized EmbeddedServer server() {
        if (server == null) {
            server = EmbeddedServer.start();
        }
        return server;
    }

    /** What embedded:demo means for a name: the TrackPay folder, or the one-file folder demo/<name>.sql. */
    private static String demoFolder(String configuredName) {
        String name = demoName(configuredName);
        if (TRACKPAY_NAMES.contains(name)) {
            return TRACKPAY_FOLDER;
        }
        if (resourceExists(demoResource(name))) {
            return MigrationFolder.CLASSPATH_PREFIX + demoResource(name);
        }
        throw ChecklistBroken.configuration("there is no demonstration database '" + configuredName + "': "
                + DatabaseSettings.howToConfigure(configuredName));
    }

    private String build(String name, String source) {
        String folderName = source.equals("demo") ? demoFolder(name) : source;
        MigrationFolder folder = MigrationFolder.open(folderName);
        String database = databaseName(name);
        createDatabase(database, List.of(SUPABASE_BASE));
        try (Connection connection = DriverManager.getConnection(server().jdbcUrl(database))) {
            new MigrationRunner(name, Databases.EMBEDDED_PREFIX + source, "the embedded PostgreSQL", folderName)
                    .apply(connection, folder);
        } catch (SQLException e) {
            throw ChecklistBroken.configuration("could not connect to the embedded database for '" + name + "': " + e.getMessage());
        }
        return database;
    }

    /** A database name unique in this server: the configured name, made safe and short, and a counter. */
    private String databaseName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_]", "_");
        return "embedded_" + (safe.length() > 40 ? safe.substring(0, 40) : safe) + "_" + databasesCreated.incrementAndGet();
    }

    /**
     * A fresh database in the embedded server, built from SQL resources in order; returns its JDBC address.
     * Tests use it to prepare databases that are right or wrong in known ways.
     */
    public String createDatabase(String database, List<String> resources) {
        server().createDatabase(database);
        applyScripts(database, resources);
        return server().jdbcUrl(database);
    }

    /** Runs shipped SQL files, in order, as the superuser: the one place this project writes, and only to its own server. */
    public void applyScripts(String database, List<String> resources) {
        try (Connection connection = DriverManager.getConnection(server().jdbcUrl(database));
             Statement statement = connection.createStatement()) {
            for (String resource : resources) {
                statement.execute(readResource(resource));
            }
        } catch (SQLException e) {
            throw ChecklistBroken.configuration("the embedded database '" + database + "' could not be built: " + e.getMessage());
        }
    }

    /** The text of a shipped SQL file. */
    static String readResource(String resource) {
        try (InputStream in = EmbeddedDatabases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ChecklistBroken("the shipped SQL file " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ChecklistBroken("could not read " + resource + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
        }
    }
}
