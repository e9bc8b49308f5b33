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
import java.util.Optional;
import java.util.Set;
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
    private static final Set<String> TRACKPAY_NAMES = Set.of("staging", "production");

    private final MigratedDatabases<String> built = new MigratedDatabases<>();
    private final AtomicInteger databasesCreated = new AtomicInteger();
    private volatile EmbeddedServer server;
    private String resolutionDatabase;

    /**
     * The JDBC address of the embedded database behind a configured name ({@code source} is what follows
     * {@code embedded:}), building it first if needed. A folder whose migrations fail is remembered as failed:
     * every scenario that needs it is broken with the same message, and nothing is retried.
     */
    public String jdbcUrl(String name, String source) {
        return jdbcUrl(name, source, MigrationOptions.DEFAULT);
    }

    /** As {@link #jdbcUrl(String, String)}, with the run's options (e.g. the seed skipped). */
    public String jdbcUrl(String name, String source, MigrationOptions options) {
        return server().jdbcUrl(built.get(name, source + "\u0000" + options, () -> build(name, source, options)));
    }

    /** The folder and the SHA-256 of every migration and seed file the database of this name was built from, once built. */
    public Optional<MigrationSource> builtFrom(String name) {
        return built.builtFrom(name);
    }

    /**
     * The migrations of a folder as the named tool reads them, for comparison with a history that tool wrote:
     * Flyway's own resolution (which needs a database: an empty one of this server, never the one checked),
     * Liquibase's change sets, our reader's files for Supabase and Prisma.
     */
    public List<MigrationEntry> migrationsIn(String source, MigrationLayout layout) {
        MigrationFolder folder = MigrationFolder.open(source, layout);
        return switch (layout) {
            case FLYWAY -> FlywayMigrations.resolve(server().jdbcUrl(resolutionDatabase()), folder);
            case LIQUIBASE -> LiquibaseMigrations.resolve(folder);
            case SUPABASE, PRISMA, PLAIN -> folder.migrations().stream()
                    .map(m -> new MigrationEntry(m.version(), m.description(), null, null, null)).toList();
        };
    }

    private synchronized String resolutionDatabase() {
        if (resolutionDatabase == null) {
            resolutionDatabase = "verifier_flyway_resolution_" + databasesCreated.incrementAndGet();
            server().createDatabase(resolutionDatabase);
        }
        return resolutionDatabase;
    }

    /**
     * Whether a demonstration database of this name ships with the project: staging and production (TrackPay),
     * and any other name with a {@code demo/<name>.sql} resource, built on the Supabase-like base.
     */
    public boolean hasDemo(String name) {
        return TRACKPAY_NAMES.contains(name) || resourceExists(demoResource(name));
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
    private static String demoFolder(String name) {
        if (TRACKPAY_NAMES.contains(name)) {
            return TRACKPAY_FOLDER;
        }
        if (resourceExists(demoResource(name))) {
            return MigrationFolder.CLASSPATH_PREFIX + demoResource(name);
        }
        throw ChecklistBroken.configuration("there is no demonstration database '" + name + "': " + DatabaseSettings.howToConfigure(name));
    }

    private MigratedDatabases.Built<String> build(String name, String source, MigrationOptions options) {
        String folderName = source.equals("demo") ? demoFolder(name) : source;
        MigrationFolder folder = MigrationFolder.open(folderName);
        String database = databaseName(name);
        createDatabase(database, List.of(SUPABASE_BASE));
        MigrationSource applied = MigratedDatabases.apply(server().jdbcUrl(database), null, null, folder, name,
                Databases.EMBEDDED_PREFIX + source, new MigrationFailure(name, "the embedded PostgreSQL", folderName), options);
        return new MigratedDatabases.Built<>(database, applied);
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
