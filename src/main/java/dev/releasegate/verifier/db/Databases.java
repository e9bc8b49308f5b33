package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's databases by name. A name is looked up in the settings each time (so a test may point a name
 * elsewhere), and each distinct address gets one {@link Database}, shared by every scenario.
 */
public final class Databases implements AutoCloseable {

    public static final String EMBEDDED_PREFIX = "embedded:";
    public static final String DEMO_VALUE = "embedded:demo";
    /** Names the shipped checklists use for the demonstration databases: the only names that need no configuration. */
    public static final String DEMO_NAME_PREFIX = "demo-";

    private final DatabaseSettings settings;
    private final SecretMask mask;
    private final EmbeddedDatabases embedded;
    private final Map<String, Database> byAddress = new ConcurrentHashMap<>();
    private final ContainerDatabases containers = new ContainerDatabases();
    /** Names this run opened as embedded: or testcontainers: (the builders are shared by every run in the JVM). */
    private final Set<String> builtHere = ConcurrentHashMap.newKeySet();
    private IdleConnections idle;

    public Databases(DatabaseSettings settings, SecretMask mask, EmbeddedDatabases embedded) {
        this.settings = settings;
        this.mask = mask;
        this.embedded = embedded;
    }

    public Database get(String name) {
        String value = settings.database(name).orElseGet(() -> defaultValue(name));
        return byAddress.computeIfAbsent(name + "\u0000" + value, key -> open(name, value));
    }

    /**
     * A name nobody configured: a {@code demo-} name is the shipped demonstration database of that name (the checklist
     * says so itself); any other name fails, and is never quietly replaced by a demo, which would check the wrong database.
     */
    private String defaultValue(String name) {
        if (name.startsWith(DEMO_NAME_PREFIX) && embedded.hasDemo(name)) {
            return DEMO_VALUE;
        }
        List<String> known = List.copyOf(settings.configuredNames());
        String demo = embedded.hasDemo(name) ? " (the demonstration database of that name is \"" + DEMO_NAME_PREFIX + name
                + "\"; a name that is not configured never falls back to a demo)" : "";
        throw ChecklistBroken.configuration("database '" + name + "' is not configured: " + DatabaseSettings.howToConfigure(name)
                + (known.isEmpty() ? "" : " (configured: " + String.join(", ", known) + ")") + demo);
    }

    private Database open(String name, String value) {
        ConnectionTarget target;
        if (value.startsWith(EMBEDDED_PREFIX)) {
            builtHere.add(name);
            MigrationOptions migrationOptions = MigrationOptions.from(settings);
            target = ConnectionTarget.parse(embedded.jdbcUrl(name, value.substring(EMBEDDED_PREFIX.length()), migrationOptions), mask);
        } else if (value.startsWith(ContainerDatabases.PREFIX)) {
            builtHere.add(name);
            MigrationOptions migrationOptions = MigrationOptions.from(settings);
            target = ConnectionTarget.parse(containers.jdbcUrl(name, value.substring(ContainerDatabases.PREFIX.length()), migrationOptions), mask);
        } else {
            target = ConnectionTarget.parse(value, mask);
        }
        // read here, not when the run starts: a bad value fails the items that need a database, and the run goes on
        return new Database(name, target, mask, settings.statementTimeoutMillis(), idle());
    }

    /** The run's limit on idle connections, read when the first database opens (a bad value breaks the items that need one). */
    private synchronized IdleConnections idle() {
        if (idle == null) {
            idle = new IdleConnections(settings.idleConnections());
        }
        return idle;
    }

    /** What an embedded: or testcontainers: database of this name was built from (folder, files, SHA-256), once built. */
    public Optional<MigrationSource> builtFrom(String name) {
        if (!builtHere.contains(name)) {
            return Optional.empty(); // another run in this JVM may have built a database of this name
        }
        return embedded.builtFrom(name).or(() -> containers.builtFrom(name));
    }

    /** Every database this run has opened so far, for the report's environment panel. */
    public Collection<Database> opened() {
        return List.copyOf(byAddress.values());
    }

    @Override
    public void close() {
        byAddress.values().forEach(Database::close);
        containers.close();
    }
}
