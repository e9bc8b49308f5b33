package dev.releasegate.verifier.db;

/**
 * One migration as its tool identifies it, on either side of a comparison (a file in a folder, a row of a history
 * table): the version (Supabase, Flyway: null for a repeatable), folder name (Prisma) or change set id (Liquibase);
 * the description; the author (Liquibase only); the file as the tool names it; and the checksum the tool records
 * (null where it records none).
 */
public record MigrationEntry(String version, String description, String author, String file, String checksum) {

    /** A Flyway repeatable migration: no version, known by its description. */
    public boolean repeatable() {
        return version == null;
    }
}
