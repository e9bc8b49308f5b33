package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of migrations as its tool reads it: its layout (Supabase, Prisma, Flyway, Liquibase or plain), the files
 * in the order the tool applies them, and the Supabase seed if there is one. {@code source} is the folder as
 * configured: a path (relative to the working directory) or {@code classpath:} + a resource folder shipped in the
 * project. Flyway and Liquibase folders are resolved by the tools themselves ({@link FlywayMigrations},
 * {@link LiquibaseMigrations}): here they are only found, with their {@code locations} (Flyway's, or Liquibase's
 * search root), the master {@code changelog} (Liquibase, relative to the search root) and the tool's own
 * {@code settings} read from the project ({@code flyway.conf}, {@code spring.flyway.*} in application.properties).
 */
public record MigrationFolder(String source, Path root, MigrationLayout layout, List<Migration> migrations,
                              Optional<Migration> seed, List<Path> locations, String changelog, Map<String, String> settings) {

    public static final String CLASSPATH_PREFIX = "classpath:";

    private static final Pattern SUPABASE_FILE = Pattern.compile("([0-9]+)_(.*)\\.sql");
    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql");
    private static final Pattern FLYWAY_REPEATABLE = Pattern.compile("R__(.+)\\.sql");
    private static final List<String> CHANGELOG_NAMES = List.of("db.changelog-master", "changelog-master", "changelog", "master");
    private static final List<String> CHANGELOG_EXTENSIONS = List.of("xml", "yaml", "yml", "json", "sql");

    public MigrationFolder {
        migrations = List.copyOf(migrations);
        locations = List.copyOf(locations);
        settings = Map.copyOf(settings);
    }

    /** Reads a configured folder (or one file: a Liquibase changelog, or a .sql file applied as a plain folder of one). */
    public static MigrationFolder open(String source) {
        Path root = locate(source);
        try {
            if (Files.isRegularFile(root)) {
                if (isChangelog(root)) {
                    return liquibase(source, root.getParent() == null ? root.toAbsolutePath().getParent() : root.getParent(), root);
                }
                return new MigrationFolder(source, root, MigrationLayout.PLAIN,
                        List.of(read(source, root, root, null, null)), Optional.empty(), List.of(), null, Map.of());
            }
            Path supabase = root.resolve("supabase").resolve("migrations");
            if (Files.isDirectory(supabase)) {
                return supabase(source, root, supabase, root.resolve("supabase").resolve("seed.sql"));
            }
            if (named(root, "migrations") && named(root.getParent(), "supabase")) {
                return supabase(source, root, root, root.resolveSibling("seed.sql"));
            }
            Path prisma = root.resolve("prisma").resolve("migrations");
            if (Files.isDirectory(prisma)) {
                return prisma(source, root, prisma);
            }
            if (!subfoldersWith(root, "migration.sql").isEmpty()) {
                return prisma(source, root, root);
            }
            Optional<Path> changelog = masterChangelog(root);
            if (changelog.isPresent()) {
                return liquibase(source, root, changelog.get());
            }
            Optional<MigrationFolder> flyway = flyway(source, root, false);
            return flyway.isPresent() ? flyway.get() : plain(source, root);
        } catch (IOException e) {
            throw new ChecklistBroken("could not read the migrations folder " + source + ": " + e.getMessage());
        }
    }

    /**
     * Reads a folder as the named tool reads it, whatever else it holds: the files the match sentence compares with
     * a history written by that tool. A Supabase folder may be {@code supabase/migrations} itself or any folder of
     * {@code <version>_<name>.sql} files; a Prisma folder any folder of {@code <name>/migration.sql}.
     */
    public static MigrationFolder open(String source, MigrationLayout layout) {
        Path root = locate(source);
        try {
            return switch (layout) {
                case SUPABASE -> {
                    Path nested = root.resolve("supabase").resolve("migrations");
                    yield Files.isDirectory(nested)
                            ? supabase(source, root, nested, root.resolve("supabase").resolve("seed.sql"))
                            : supabase(source, root, root, root.resolveSibling("seed.sql"));
                }
                case PRISMA -> {
                    Path nested = root.resolve("prisma").resolve("migrations");
                    yield prisma(source, root, Files.isDirectory(nested) ? nested : root);
                }
                case FLYWAY -> flyway(source, root, true).orElseThrow();
                case LIQUIBASE -> {
                    Path master = Files.isRegularFile(root) ? root : masterChangelog(root).orElseThrow(() -> new ChecklistBroken(
                            "the migrations folder " + source + " holds no Liquibase master changelog: expected one of "
                                    + String.join(", ", CHANGELOG_NAMES) + " (." + String.join(", .", CHANGELOG_EXTENSIONS)
                                    + ") in it, in db/changelog/ or in src/main/resources/db/changelog/, or name the changelog file"));
                    yield liquibase(source, Files.isRegularFile(root) ? root.toAbsolutePath().getParent() : root, master);
                }
                case PLAIN -> plain(source, root);
            };
        } catch (IOException e) {
            throw new ChecklistBroken("could not read the migrations folder " + source + ": " + e.getMessage());
        }
    }

    /** The folder's tool-specific settings as one tool names them (Flyway's {@code flyway.*} keys). */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /** A path inside the folder as the user would write it: the configured folder joined with its relative path, normalised. */
    public String shown(Path file) {
        return shown(source, root, file);
    }

    private static MigrationFolder supabase(String source, Path root, Path migrationsDir, Path seedFile) throws IOException {
        // The Supabase CLI applies files named <version>_<name>.sql in name order and skips any other file.
        List<Migration> migrations = new ArrayList<>();
        for (Path file : sqlFiles(migrationsDir)) {
            Matcher m = SUPABASE_FILE.matcher(file.getFileName().toString());
            if (m.matches()) {
                migrations.add(read(source, root, file, m.group(1), m.group(2)));
            }
        }
        requireSome(source, migrations, "supabase/migrations/<version>_<name>.sql");
        Optional<Migration> seed = Files.isRegularFile(seedFile)
                ? Optional.of(read(source, root, seedFile, null, null)) : Optional.empty();
        return new MigrationFolder(source, root, MigrationLayout.SUPABASE, migrations, seed, List.of(migrationsDir), null, Map.of());
    }

    private static MigrationFolder prisma(String source, Path root, Path migrationsDir) throws IOException {
        List<Migration> migrations = new ArrayList<>();
        for (Path folder : subfoldersWith(migrationsDir, "migration.sql")) {
            String name = folder.getFileName().toString().replaceAll("/$", "");
            migrations.add(read(source, root, folder.resolve("migration.sql"), name, name));
        }
        requireSome(source, migrations, "prisma/migrations/<name>/migration.sql");
        return new MigrationFolder(source, root, MigrationLayout.PRISMA, migrations, Optional.empty(), List.of(migrationsDir), null, Map.of());
    }

    /**
     * Flyway's locations: those its configuration names ({@code flyway.locations} in flyway.conf,
     * {@code spring.flyway.locations} in application.properties), else its default {@code db/migration} (beside the
     * folder or under src/main/resources), else the folder itself. Which files are migrations is Flyway's to say.
     */
    private static Optional<MigrationFolder> flyway(String source, Path root, boolean required) throws IOException {
        Map<String, String> settings = flywaySettings(root);
        List<Path> locations = new ArrayList<>();
        String configured = settings.get("flyway.locations");
        if (configured != null) {
            for (String location : configured.split(",")) {
                if (!location.isBlank()) {
                    locations.add(flywayLocation(source, root, location.strip()));
                }
            }
        } else {
            for (Path location : List.of(root.resolve("db").resolve("migration"),
                    root.resolve("src").resolve("main").resolve("resources").resolve("db").resolve("migration"), root)) {
                if (Files.isDirectory(location) && !flywayFiles(location).isEmpty()) {
                    locations.add(location);
                    break;
                }
            }
        }
        if (locations.isEmpty()) {
            if (required) {
                throw new ChecklistBroken("the migrations folder " + source + " holds no Flyway migrations: expected"
                        + " V<version>__<description>.sql files in it, in db/migration/ or in src/main/resources/db/migration/"
                        + " (or flyway.locations in its flyway.conf)");
            }
            return Optional.empty();
        }
        return Optional.of(new MigrationFolder(source, root, MigrationLayout.FLYWAY, List.of(), Optional.empty(), locations, null, settings));
    }

    private static Path flywayLocation(String source, Path root, String location) {
        Path path;
        if (location.startsWith("filesystem:")) {
            String rest = location.substring("filesystem:".length());
            path = Path.of(rest).isAbsolute() ? Path.of(rest) : root.resolve(rest);
        } else {
            // classpath:db/migration (or no prefix, which Flyway reads as classpath): the project's resources
            String rest = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            rest = rest.replaceAll("^/+", "");
            Path resources = root.resolve("src").resolve("main").resolve("resources").resolve(rest);
            path = Files.isDirectory(resources) ? resources : root.resolve(rest);
        }
        if (!Files.isDirectory(path)) {
            throw new ChecklistBroken("the Flyway location " + location + " of the migrations folder " + source
                    + " is not a folder (looked for " + shown(source, root, path) + ")");
        }
        return path;
    }

    /** flyway.* keys of flyway.conf in the folder, then spring.flyway.* of src/main/resources/application.properties. */
    private static Map<String, String> flywaySettings(Path root) throws IOException {
        Map<String, String> settings = new TreeMap<>();
        for (Path conf : List.of(root.resolve("flyway.conf"), root.resolve("conf").resolve("flyway.conf"))) {
            if (Files.isRegularFile(conf)) {
                properties(conf).forEach((key, value) -> {
                    if (key.startsWith("flyway.")) {
                        settings.putIfAbsent(key, value);
                    }
                });
            }
        }
        Path application = root.resolve("src").resolve("main").resolve("resources").resolve("application.properties");
        if (Files.isRegularFile(application)) {
            properties(application).forEach((key, value) -> {
                if (key.startsWith("spring.flyway.")) {
                    settings.putIfAbsent(key.substring("spring.".length()), value);
                }
            });
        }
        return settings;
    }

    private static Map<String, String> properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw new ChecklistBroken("could not read " + file + ": " + e.getMessage());
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key.strip(), properties.getProperty(key).strip()));
        return map;
    }

    private static MigrationFolder liquibase(String source, Path root, Path master) {
        Path resources = root.resolve("src").resolve("main").resolve("resources");
        Path searchRoot = master.startsWith(resources) ? resources : root;
        String changelog = searchRoot.relativize(master).toString().replace('\\', '/');
        return new MigrationFolder(source, root, MigrationLayout.LIQUIBASE, List.of(), Optional.empty(), List.of(searchRoot),
                changelog, Map.of());
    }

    private static Optional<Path> masterChangelog(Path root) throws IOException {
        for (Path dir : List.of(root, root.resolve("db").resolve("changelog"),
                root.resolve("src").resolve("main").resolve("resources").resolve("db").resolve("changelog"), root.resolve("changelog"))) {
            for (String name : CHANGELOG_NAMES) {
                for (String extension : CHANGELOG_EXTENSIONS) {
                    Path candidate = dir.resolve(name + "." + extension);
                    if (Files.isRegularFile(candidate) && isChangelog(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An XML, YAML or JSON file naming change sets or includes, or a formatted SQL file. */
    private static boolean isChangelog(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.matches(".*\\.(xml|ya?ml|json|sql)")) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".sql")) {
            return text.stripLeading().toLowerCase(Locale.ROOT).startsWith("--liquibase formatted sql");
        }
        return text.contains("databaseChangeLog");
    }

    private static MigrationFolder plain(String source, Path root) throws IOException {
        List<Migration> migrations = new ArrayList<>();
        for (Path file : sqlFiles(root)) {
            migrations.add(read(source, root, file, null, null));
        }
        requireSome(source, migrations, "<name>.sql files, supabase/migrations/, prisma/migrations/, V<version>__<name>.sql"
                + " or a Liquibase changelog");
        return new MigrationFolder(source, root, MigrationLayout.PLAIN, migrations, Optional.empty(), List.of(root), null, Map.of());
    }

    private static void requireSome(String source, List<Migration> migrations, String expected) {
        if (migrations.isEmpty()) {
            throw new ChecklistBroken("the migrations folder " + source + " holds no migrations: expected " + expected);
        }
    }

    /** A file of the folder as a migration: its text (without a byte order mark) and the path shown for it. */
    static Migration read(String source, Path root, Path file, String version, String name) throws IOException {
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        if (sql.startsWith("\uFEFF")) {
            sql = sql.substring(1);
        }
        return new Migration(shown(source, root, file), file.getFileName().toString(), version, name, sql, file);
    }

    /** {@code supabase/migrations} and {@code ../seed.sql} -> {@code supabase/seed.sql}: as the user would write it. */
    static String shown(String source, Path root, Path file) {
        boolean sameKind = root.isAbsolute() == file.isAbsolute();
        Path from = sameKind ? root : root.toAbsolutePath();
        Path to = sameKind ? file : file.toAbsolutePath();
        String relative = from.equals(to) ? "" : from.relativize(to).toString().replace('\\', '/');
        if (relative.isEmpty()) {
            return source;
        }
        boolean classpath = source.startsWith(CLASSPATH_PREFIX);
        String base = classpath ? source.substring(CLASSPATH_PREFIX.length()) : source;
        String joined = base.isEmpty() || base.equals(".") ? relative : base.replaceAll("/+$", "") + "/" + relative;
        String normal = Path.of(joined).normalize().toString().replace('\\', '/');
        return (classpath ? CLASSPATH_PREFIX : "") + (normal.isEmpty() ? "." : normal);
    }

    private static List<Path> sqlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
    }

    private static List<Path> flywayFiles(Path location) throws IOException {
        try (Stream<Path> files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return FLYWAY_VERSIONED.matcher(n).matches() || FLYWAY_REPEATABLE.matcher(n).matches();
            }).sorted().toList();
        }
    }

    private static List<Path> subfoldersWith(Path dir, String file) throws IOException {
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(Files::isDirectory).filter(f -> Files.isRegularFile(f.resolve(file)))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
    }

    private static boolean named(Path path, String name) {
        return path != null && path.getFileName() != null && path.getFileName().toString().replaceAll("/$", "").equals(name);
    }

    private static Path locate(String source) {
        if (source.startsWith(CLASSPATH_PREFIX)) {
            return classpathFolder(source, source.substring(CLASSPATH_PREFIX.length()));
        }
        Path path = Path.of(source);
        if (Files.exists(path)) {
            return path;
        }
        throw new ChecklistBroken("the migrations folder " + path.toAbsolutePath().normalize() + " does not exist:"
                + " give the folder relative to " + Path.of("").toAbsolutePath() + " (the directory the verifier runs in),"
                + " or classpath:<resource folder>");
    }

    private static Path classpathFolder(String source, String resource) {
        URL url = MigrationFolder.class.getClassLoader().getResource(resource.replaceAll("^/+", ""));
        if (url == null) {
            throw new ChecklistBroken("the migrations folder " + source + " is not on the classpath");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException ignored) {
                    // opened before by this run
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new ChecklistBroken("could not open the migrations folder " + source + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ChecklistBroken("could not open the migrations folder " + source + ": " + e.getCause().getMessage());
        }
    }
}
