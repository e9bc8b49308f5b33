package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.MigrationEntry;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The migrations a tool recorded as applied, read from its history table in the order the tool applied them, each
 * with what the tool records of it (version, description, author, file, checksum), and the query that read them.
 * (The db layer's MigrationHistoryRecorder writes such tables for the folders our runner applies.)
 */
public record MigrationHistory(Tool tool, QualifiedName table, List<MigrationEntry> applied, ExecutedQuery query) {

    /** The migration tools whose history tables are recognised, in the order they are looked for. */
    public enum Tool {
        SUPABASE("Supabase", "supabase_migrations.schema_migrations"),
        PRISMA("Prisma", "_prisma_migrations"),
        FLYWAY("Flyway", "flyway_schema_history"),
        LIQUIBASE("Liquibase", "databasechangelog");

        private final String title;
        private final String table;

        Tool(String title, String table) {
            this.title = title;
            this.table = table;
        }

        public String title() {
            return title;
        }

        /** The history table's name, as the report names it. */
        public String table() {
            return table;
        }
    }

    public MigrationHistory {
        applied = List.copyOf(applied);
    }

    /** A history that records versions only, in the order given. */
    public static MigrationHistory ofVersions(Tool tool, QualifiedName table, List<String> versions, ExecutedQuery query) {
        return new MigrationHistory(tool, table, versions.stream().map(v -> new MigrationEntry(v, null, null, null, null)).toList(), query);
    }

    /** The applied versions (folder names for Prisma, change set ids for Liquibase), repeatable migrations left out. */
    public List<String> versions() {
        return applied.stream().filter(m -> !m.repeatable()).map(MigrationEntry::version).toList();
    }

    /** The latest applied: the last one Liquibase ran, otherwise the highest version. */
    public Optional<String> latest() {
        if (versions().isEmpty()) {
            return Optional.empty();
        }
        if (tool == Tool.LIQUIBASE) {
            return Optional.of(versions().get(versions().size() - 1));
        }
        return versions().stream().max(VERSION_ORDER);
    }

    /** Versions compared part by part, numbers as numbers: 1.10 after 1.9, 20251024000001 after 20251024000000. */
    public static final Comparator<String> VERSION_ORDER = (a, b) -> {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? new BigInteger(x[i]).compareTo(new BigInteger(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return x.length != y.length ? Integer.compare(x.length, y.length) : a.compareTo(b);
    };
}
