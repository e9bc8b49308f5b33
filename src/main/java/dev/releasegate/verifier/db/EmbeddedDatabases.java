package dev.releasegate.verifier.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Databases that live in the run's embedded PostgreSQL: the server is started on first use, once, and each
 * database is built once from shipped SQL (a template first, then cheap copies of it).
 */
public final class EmbeddedDatabases implements AutoCloseable {

    /** The demonstration: a Supabase-like base plus the TrackPay schema and rows, as seed 000 describes them. */
    public static final String SUPABASE_BASE = "demo/supabase-base.sql";
    public static final List<String> DEMO_SCRIPTS = List.of(SUPABASE_BASE, "demo/trackpay.sql");
    private static final java.util.Set<String> TRACKPAY_NAMES = java.util.Set.of("staging", "production");
    private static final String DEMO_TEMPLATE = "verifier_demo_template";

    private final Map<String, String> built = new ConcurrentHashMap<>();
    private volatile EmbeddedServer server;
    private boolean demoTemplateBuilt; // guarded by this

    /** The JDBC address of the embedded database behind a configured name, building it first if needed. */
    public String jdbcUrl(String name, String source) {
        if (!source.equals("demo")) {
            throw ChecklistBroken.configuration("embedded:" + source + " (database '" + name + "') is not supported yet: use embedded:demo"
                    + " or a postgresql:// address");
        }
        String database = built.computeIfAbsent(name, this::buildDemo);
        return server().jdbcUrl(database);
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

    private synchronized void ensureDemoTemplate() {
        if (!demoTemplateBuilt) {
            server().createDatabase(DEMO_TEMPLATE);
            applyScripts(DEMO_TEMPLATE, DEMO_SCRIPTS);
            demoTemplateBuilt = true;
        }
    }

    private String buildDemo(String name) {
        String database = "demo_" + name.replaceAll("[^A-Za-z0-9_]", "_");
        if (TRACKPAY_NAMES.contains(name)) {
            ensureDemoTemplate();
            server().createDatabaseFromTemplate(database, DEMO_TEMPLATE);
        } else if (resourceExists(demoResource(name))) {
            createDatabase(database, List.of(SUPABASE_BASE, demoResource(name)));
        } else {
            throw ChecklistBroken.configuration("there is no demonstration database '" + name + "': " + DatabaseSettings.howToConfigure(name));
        }
        return database;
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

    private static String readResource(String resource) {
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
