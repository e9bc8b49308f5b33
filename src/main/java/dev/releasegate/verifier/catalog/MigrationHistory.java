package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ExecutedQuery;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The migrations a tool recorded as applied, read from its history table, in the order the tool applied them
 * (Liquibase) or by version (the others), with the query that read them.
 */
public record MigrationHistory(Tool tool, QualifiedName table, List<String> versions, ExecutedQuery query) {

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
        versions = List.copyOf(versions);
    }

    /** The latest applied: the last one Liquibase ran, otherwise the highest version. */
    public Optional<String> latest() {
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        if (tool == Tool.LIQUIBASE) {
            return Optional.of(versions.get(versions.size() - 1));
        }
        return versions.stream().max(VERSION_ORDER);
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
