package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    public static final String STATEMENT_TIMEOUT = "verify.statement-timeout-ms";

    public static final String IDLE_CONNECTIONS = "verify.connections.idle";
    /** Idle connections a run keeps open across all its databases when nothing else is configured. */
    public static final int DEFAULT_IDLE_CONNECTIONS = 8;

    /** The statement timeout when none is configured. */
    public static final int DEFAULT_STATEMENT_TIMEOUT_MILLIS = 30_000;
    private static final int LONGEST_STATEMENT_TIMEOUT_MILLIS = 86_400_000;

    private final Properties system;
    private final Map<String, String> environment;
    private final Properties file;
    private final EnvironmentValues values;
    /** Why the properties file could not be read: thrown where a setting is read, so the run still finishes with reports. */
    private final ChecklistBroken fileProblem;

    public DatabaseSettings(Properties system, Map<String, String> environment, Properties file, EnvironmentValues values) {
        this(system, environment, file, values, null);
    }

    private DatabaseSettings(Properties system, Map<String, String> environment, Properties file, EnvironmentValues values,
                             ChecklistBroken fileProblem) {
        this.system = system;
        this.environment = environment;
        this.file = file;
        this.values = values;
        this.fileProblem = fileProblem;
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
        return of(system, System.getenv(), Path.of(PROPERTIES_FILE), values);
    }

    /** Settings with {@code file} as the properties file; a file that cannot be read fails every look-up, naming the file and line. */
    public static DatabaseSettings of(Properties system, Map<String, String> environment, Path file, EnvironmentValues values) {
        try {
            return new DatabaseSettings(system, environment, readFile(file), values, null);
        } catch (ChecklistBroken e) {
            return new DatabaseSettings(system, environment, new Properties(), values, e);
        }
    }

    private static Properties readFile(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path)) {
                properties.load(reader);
            } catch (IOException e) {
                throw ChecklistBroken.configuration("could not read " + path + ": " + e.getMessage()
                        + (e instanceof java.nio.charset.CharacterCodingException ? " (save it as UTF-8)" : ""));
            } catch (IllegalArgumentException e) {
                throw ChecklistBroken.configuration(malformedEscape(path).orElse(path + " could not be read: " + e.getMessage()));
            }
        }
        return properties;
    }

    /**
     * Where a properties file has a backslash-u escape not followed by four hexadecimal digits, the one thing
     * {@link Properties#load} refuses; the line is not quoted, since it may hold a password.
     */
    private static Optional<String> malformedEscape(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            return Optional.empty();
        }
        boolean continued = false;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            String start = line.stripLeading();
            boolean comment = !continued && (start.startsWith("#") || start.startsWith("!"));
            int backslashes = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    backslashes++;
                    continue;
                }
                if (c == 'u' && backslashes % 2 == 1 && !comment && !line.substring(i + 1, Math.min(line.length(), i + 5)).matches("[0-9A-Fa-f]{4}")) {
                    return Optional.of(path + " line " + number + ", column " + i + ": a \\u escape must be followed by four hexadecimal"
                            + " digits (\\u00e9 is \u00e9); write \\\\ for a backslash, as in C:\\\\users");
                }
                backslashes = 0;
            }
            continued = !comment && backslashes % 2 == 1;
        }
        return Optional.empty();
    }

    /**
     * How many idle connections the run keeps open across all its databases ({@code verify.connections.idle}): a whole
     * number from 1; more are closed, the longest idle first. Refused here, naming the setting, when it is anything else.
     */
    public int idleConnections() {
        Optional<String> value = setting(IDLE_CONNECTIONS);
        if (value.isEmpty()) {
            return DEFAULT_IDLE_CONNECTIONS;
        }
        try {
            int limit = Integer.parseInt(value.get().trim());
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // refused below, with what the setting accepts
        }
        throw ChecklistBroken.configuration(IDLE_CONNECTIONS + " is '" + value.get() + "' (" + source(IDLE_CONNECTIONS) + "): it takes"
                + " a whole number of connections, at least 1, such as -D" + IDLE_CONNECTIONS + "=8; the default is " + DEFAULT_IDLE_CONNECTIONS);
    }

    /**
     * The statement timeout ({@code verify.statement-timeout-ms}): a whole number of milliseconds, at least 1.
     * Anything else (0 included, which PostgreSQL reads as "no timeout", so a run could hang for ever) is refused here,
     * where it is read, naming the setting and what it accepts.
     */
    public int statementTimeoutMillis() {
        Optional<String> value = setting(STATEMENT_TIMEOUT);
        if (value.isEmpty()) {
            return DEFAULT_STATEMENT_TIMEOUT_MILLIS;
        }
        String text = value.get();
        long millis;
        try {
            millis = Long.parseLong(text);
        } catch (NumberFormatException e) {
            millis = -1;
        }
        if (millis < 1 || millis > LONGEST_STATEMENT_TIMEOUT_MILLIS) {
            throw ChecklistBroken.configuration(STATEMENT_TIMEOUT + " is '" + text + "' (" + source(STATEMENT_TIMEOUT) + "): it takes a whole"
                    + " number of milliseconds from 1 to " + LONGEST_STATEMENT_TIMEOUT_MILLIS + " (24 hours), such as -D" + STATEMENT_TIMEOUT
                    + "=60000; the default is " + DEFAULT_STATEMENT_TIMEOUT_MILLIS
                    + (millis == 0 ? ". 0 would switch the timeout off, and a statement could then hang the run" : ""));
        }
        return (int) millis;
    }

    /** Where a setting's value came from, in the words a user would look for it. */
    private String source(String key) {
        if (system.getProperty(key) != null) {
            return "set by -D" + key;
        }
        if (environment.get(environmentName(key)) != null) {
            return "set by the environment variable " + environmentName(key);
        }
        return "set in " + PROPERTIES_FILE;
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
        requireReadableFile();
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
        requireReadableFile();
        SortedSet<String> names = new TreeSet<>();
        system.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> names.add(k.substring(prefix.length())));
        file.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> names.add(k.substring(prefix.length())));
        String envPrefix = environmentName(prefix);
        environment.keySet().stream().filter(k -> k.startsWith(envPrefix))
                .forEach(k -> names.add(k.substring(envPrefix.length()).toLowerCase(Locale.ROOT)));
        return names;
    }

    private void requireReadableFile() {
        if (fileProblem != null) {
            throw fileProblem;
        }
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
