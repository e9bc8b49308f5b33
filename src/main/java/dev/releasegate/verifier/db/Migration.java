package dev.releasegate.verifier.db;

import java.nio.file.Path;

/**
 * One migration file of a folder: {@code file} as a report shows it, {@code script} as the tool's history names it,
 * the version and description the tool derives from the file name (null where the tool has none), its text and
 * where it lies ({@code \i} in it is read relative to the folder, {@code \ir} relative to it).
 */
public record Migration(String file, String script, String version, String description, String sql, Path path) {
}
