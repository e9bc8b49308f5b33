package dev.releasegate.verifier.db;

/**
 * One migration file of a folder: {@code file} as a report shows it, {@code script} as the tool's history names it,
 * the version and description the tool derives from the file name (null where the tool has none).
 */
public record Migration(String file, String script, String version, String description, String sql) {
}
