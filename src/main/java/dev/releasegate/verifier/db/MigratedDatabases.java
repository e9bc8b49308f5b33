package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Databases the verifier builds from migration folders ({@code embedded:}, {@code testcontainers:}), each built once
 * per configured name and value: a build that fails is remembered, so every scenario that needs it is broken with
 * the same message and nothing is retried. Also applies a folder by its own tool, and keeps what each database was
 * built from.
 */
final class MigratedDatabases<T> {

    /** A built database: what reaches it ({@code target}) and what it was built from. */
    record Built<T>(T target, MigrationSource source) {
    }

    private final Map<String, CompletableFuture<Built<T>>> built = new ConcurrentHashMap<>();
    private final Map<String, MigrationSource> sources = new ConcurrentHashMap<>();

    /** The database behind a name and value, built by {@code build} on first use. */
    T get(String name, String value, Supplier<Built<T>> build) {
        CompletableFuture<Built<T>> mine = new CompletableFuture<>();
        CompletableFuture<Built<T>> existing = built.putIfAbsent(name + "\u0000" + value, mine);
        if (existing == null) {
            try {
                Built<T> done = build.get();
                sources.put(name, done.source());
                mine.complete(done);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
            existing = mine;
        }
        try {
            return existing.join().target();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    /** What the database of this name was last built from, if it was built in this run. */
    Optional<MigrationSource> builtFrom(String name) {
        return Optional.ofNullable(sources.get(name));
    }

    /**
     * Applies a folder to a database by its own tool: Flyway and Liquibase folders by those libraries (loaded only
     * here, when such a folder is used), the others by our runner. Returns what was applied.
     */
    static MigrationSource apply(String jdbcUrl, String user, String password, MigrationFolder folder, String name,
                                 String configuredValue, MigrationFailure failure, MigrationOptions options) {
        List<Path> files = new ArrayList<>();
        if (folder.layout() == MigrationLayout.FLYWAY) {
            files.addAll(FlywayMigrations.migrate(jdbcUrl, user, password, folder, name, failure));
            for (Path conf : List.of(folder.root().resolve("flyway.conf"), folder.root().resolve("conf").resolve("flyway.conf"))) {
                if (Files.isRegularFile(conf)) {
                    files.add(conf);
                }
            }
            return source(folder, files);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            if (folder.layout() == MigrationLayout.LIQUIBASE) {
                files.addAll(LiquibaseMigrations.update(connection, folder, name, failure));
            } else {
                new MigrationRunner(name, configuredValue, failure, options.seed()).apply(connection, folder);
                folder.migrations().forEach(m -> files.add(m.path()));
                if (options.seed()) {
                    folder.seed().ifPresent(seed -> files.add(seed.path()));
                }
            }
        } catch (SQLException e) {
            throw ChecklistBroken.configuration("could not connect to the database built for '" + name + "' (" + configuredValue
                    + "): " + e.getMessage());
        }
        return source(folder, files);
    }

    private static MigrationSource source(MigrationFolder folder, List<Path> files) {
        List<MigrationSource.Digest> digests = new ArrayList<>();
        for (Path file : files) {
            if (file != null) {
                digests.add(new MigrationSource.Digest(folder.shown(file), sha256(file)));
            }
        }
        return new MigrationSource(folder.source(), folder.layout(), digests);
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ChecklistBroken("could not read " + file + " to record its SHA-256: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
