package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of migrations as a tool would read it: its layout (Supabase, Prisma, Flyway or plain), the files in the
 * order the tool applies them, and the Supabase seed if there is one. {@code source} is the folder as configured:
 * a path (relative to the working directory) or {@code classpath:} + a resource folder shipped in the project.
 */
public record MigrationFolder(String source, MigrationLayout layout, List<Migration> migrations, Optional<Migration> seed) {

    public static final String CLASSPATH_PREFIX = "classpath:";

    private static final Pattern SUPABASE_FILE = Pattern.compile("([0-9]+)_(.*)\\.sql");
    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql");
    private static final Pattern FLYWAY_REPEATABLE = Pattern.compile("R__(.+)\\.sql");

    /** Reads a configured folder (or one .sql file, applied as a plain folder of one). */
    public static MigrationFolder open(String source) {
        Path root = locate(source);
        try {
            if (Files.isRegularFile(root)) {
                return new MigrationFolder(source, MigrationLayout.PLAIN,
                        List.of(read(source, root, root, null, null)), Optional.empty());
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
            // Flyway's default location first (db/migration on the classpath), then the folder itself.
            for (Path location : List.of(root.resolve("db").resolve("migration"),
                    root.resolve("src").resolve("main").resolve("resources").resolve("db").resolve("migration"), root)) {
                if (Files.isDirectory(location) && !flywayFiles(location).isEmpty()) {
                    return flyway(source, root, location);
                }
            }
            return plain(source, root);
        } catch (IOException e) {
            throw new ChecklistBroken("could not read the migrations folder " + source + ": " + e.getMessage());
        }
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
        return new MigrationFolder(source, MigrationLayout.SUPABASE, List.copyOf(migrations), seed);
    }

    private static MigrationFolder prisma(String source, Path root, Path migrationsDir) throws IOException {
        List<Migration> migrations = new ArrayList<>();
        for (Path folder : subfoldersWith(migrationsDir, "migration.sql")) {
            String name = folder.getFileName().toString().replaceAll("/$", "");
            migrations.add(read(source, root, folder.resolve("migration.sql"), null, name));
        }
        requireSome(source, migrations, "prisma/migrations/<name>/migration.sql");
        return new MigrationFolder(source, MigrationLayout.PRISMA, List.copyOf(migrations), Optional.empty());
    }

    private static MigrationFolder flyway(String source, Path root, Path location) throws IOException {
        List<Migration> versioned = new ArrayList<>();
        List<Migration> repeatable = new ArrayList<>();
        for (Path file : flywayFiles(location)) {
            String script = location.relativize(file).toString().replace('\\', '/');
            String fileName = file.getFileName().toString();
            Matcher v = FLYWAY_VERSIONED.matcher(fileName);
            if (v.matches()) {
                Migration m = read(source, root, file, v.group(1).replace('_', '.'), v.group(2).replace('_', ' '));
                versioned.add(new Migration(m.file(), script, m.version(), m.description(), m.sql()));
            } else {
                Matcher r = FLYWAY_REPEATABLE.matcher(fileName);
                r.matches();
                Migration m = read(source, root, file, null, r.group(1).replace('_', ' '));
                repeatable.add(new Migration(m.file(), script, null, m.description(), m.sql()));
            }
        }
        // Flyway: versioned migrations by version number, then repeatables by description.
        versioned.sort(Comparator.comparing(Migration::version, MigrationFolder::compareVersions));
        repeatable.sort(Comparator.comparing(Migration::description));
        List<Migration> all = new ArrayList<>(versioned);
        all.addAll(repeatable);
        return new MigrationFolder(source, MigrationLayout.FLYWAY, List.copyOf(all), Optional.empty());
    }

    private static MigrationFolder plain(String source, Path root) throws IOException {
        List<Migration> migrations = new ArrayList<>();
        for (Path file : sqlFiles(root)) {
            migrations.add(read(source, root, file, null, null));
        }
        requireSome(source, migrations, "<name>.sql files, supabase/migrations/, prisma/migrations/ or V<version>__<name>.sql");
        return new MigrationFolder(source, MigrationLayout.PLAIN, List.copyOf(migrations), Optional.empty());
    }

    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            BigInteger l = i < left.length ? new BigInteger(left[i]) : BigInteger.ZERO;
            BigInteger r = i < right.length ? new BigInteger(right[i]) : BigInteger.ZERO;
            int c = l.compareTo(r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void requireSome(String source, List<Migration> migrations, String expected) {
        if (migrations.isEmpty()) {
            throw new ChecklistBroken("the migrations folder " + source + " holds no migrations: expected " + expected);
        }
    }

    private static Migration read(String source, Path root, Path file, String version, String name) throws IOException {
        String relative = root.equals(file) ? "" : root.relativize(file).toString().replace('\\', '/');
        String shown = relative.isEmpty() ? source : source.replaceAll("/+$", "") + "/" + relative;
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        if (sql.startsWith("\uFEFF")) {
            sql = sql.substring(1);
        }
        return new Migration(shown, file.getFileName().toString(), version, name, sql);
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
                + " embedded:<folder> takes a path relative to " + Path.of("").toAbsolutePath()
                + " (or classpath:<resource folder>)");
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
