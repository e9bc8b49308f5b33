package dev.releasegate.verifier.db;

import java.util.List;

/**
 * What an {@code embedded:} or {@code testcontainers:} database was built from, for the run's manifest: the folder
 * as configured, the tool that applied it, and a SHA-256 of every migration and seed file applied, each path as
 * the user would write it (the configured folder joined with the file's place in it).
 */
public record MigrationSource(String folder, MigrationLayout layout, List<Digest> files) {

    public MigrationSource {
        files = List.copyOf(files);
    }

    /** One file: its path and the SHA-256 of its bytes, in hex. */
    public record Digest(String path, String sha256) {
    }
}
