package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.SortedSet;

/**
 * Where a run's named databases and options come from, strongest first: system properties
 * ({@code -Dverify.db.production=...}), environment variables ({@code VERIFY_DB_PRODUCTION}), then
 * {@code verifier.properties} in the working directory.
 */
public final class DatabaseSettings {

    public static final String PREFIX = "verify.db.";
    /** Supabase projects are named the same way: {@code verify.project.production=supabase:<project-ref>}. */
    public static final String PROJECT_PREFIX = "verify.project.";
    public static final String PROPERTIES_FILE = "verifier.properties";

    private final Properties system;
    private final Map<String, String> environment;
    private final Properties file;
    private final EnvironmentValues values;

    public DatabaseSettings(Properties system, Map<String, String> environment, Properties file, EnvironmentValues values) {
        this.system = system;
        this.environment = environment;
        this.file = file;
        this.values = values;
    }

    public static DatabaseSettings ofProcess(EnvironmentValues values) {
        return ofProcess(values, Map.of());
    }

    /** The process's settings with {@code overrides} above the system properties (a test's databases, given as parameters). */
    public static DatabaseSettings ofProcess(EnvironmentValues values, Map<String, String> overrides) {
        Properties system = System.getProperties();
        if (!overrides.isEmpty()) {
            system = new Properties();
            system.putAll(System.getProperties());
            system.putAll(overrides);
        }
        return new DatabaseSettings(system, System.getenv(), readFile(Path.of(PROPERTIES_FILE)), values);
    }

    private static Properties readFile(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path)) {
                properties.load(reader);
            } catch (IOException e) {
                throw ChecklistBroken.configuration("could not read " + path.toAbsolutePath() + ": " + e.getMessage());
            }
        }
        return properties;
    }

    /** The configured value for a database name, with {@code ${...}} expanded, if any. */
    public Optional<String> database(String name) {
        return setting(PREFIX + name).map(values::expand);
    }

    /** The configured value for a Supabase project name ({@code supabase:<ref>}), with {@code ${...}} expanded, if any. */
    public Optional<String> project(String name) {
        return setting(PROJECT_PREFIX + name).map(values::expand);
    }

    /** A run option such as {@code verify.default-schema}, from the same three sources. */
    public Optional<String> setting(String key) {
        String value = system.getProperty(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        if (value == null) {
            value = file.getProperty(key);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public boolean anyDatabaseConfigured() {
        return !configuredNames().isEmpty();
    }

    public SortedSet<String> configuredNames() {
        return configuredNames(PREFIX);
    }

    /** The names configured under a prefix ({@link #PREFIX} for databases, {@link #PROJECT_PREFIX} for projects). */
    public SortedSet<String> configuredNames(String prefix) {
        SortedSet<String> names = new TreeSet<>();
        system.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> names.add(k.substring(prefix.length())));
        file.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> names.add(k.substring(prefix.length())));
        String envPrefix = environmentName(prefix);
        environment.keySet().stream().filter(k -> k.startsWith(envPrefix))
                .forEach(k -> names.add(k.substring(envPrefix.length()).toLowerCase(Locale.ROOT)));
        return names;
    }

    /** verify.db.production -> VERIFY_DB_PRODUCTION */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The sentence a report shows when a scenario names a Supabase project nobody configured. */
    public static String howToConfigureProject(String name) {
        return "add -D" + PROJECT_PREFIX + name + "=supabase:<project-ref> to the run, or set " + environmentName(PROJECT_PREFIX + name)
                + "=supabase:<project-ref>, or write " + PROJECT_PREFIX + name + "=supabase:<project-ref> in " + PROPERTIES_FILE
                + " (the project ref is the 20 letters in the dashboard's address: supabase.com/dashboard/project/<project-ref>)";
    }

    /** The sentence a report shows when a scenario names a database nobody configured. */
    public static String howToConfigure(String name) {
        return "add -D" + PREFIX + name + "=postgresql://user:${DB_PASSWORD}@host:5432/dbname to the run, or set "
                + environmentName(PREFIX + name) + ", or write " + PREFIX + name + "=${YOUR_URL_VARIABLE} in " + PROPERTIES_FILE;
    }
}
