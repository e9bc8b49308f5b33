package dev.releasegate.verifier.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Writes the history of the migrations our runner applies (Supabase, Prisma) where the folder's own tool would
 * look for it, in the shape that tool creates, so that a checklist (or the tool itself) sees the same history as
 * after a real deploy. Flyway and Liquibase write their own. (The catalog's MigrationHistory reads histories.)
 */
final class MigrationHistoryRecorder {

    // As `prisma migrate deploy` creates it.
    private static final String PRISMA_TABLE = """
            CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
                "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
                "checksum"              VARCHAR(64) NOT NULL,
                "finished_at"           TIMESTAMPTZ,
                "migration_name"        VARCHAR(255) NOT NULL,
                "logs"                  TEXT,
                "rolled_back_at"        TIMESTAMPTZ,
                "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
                "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
            )""";

    // The Supabase CLI's tables; the Supabase-like base has them already, a container image may not.
    private static final List<String> SUPABASE_TABLES = List.of(
            "CREATE SCHEMA IF NOT EXISTS supabase_migrations",
            "CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text)",
            "CREATE TABLE IF NOT EXISTS supabase_migrations.seed_files (path text PRIMARY KEY, hash text NOT NULL)");

    private final MigrationLayout layout;

    MigrationHistoryRecorder(MigrationLayout layout) {
        this.layout = layout;
    }

    void create(Connection connection) throws SQLException {
        List<String> ddl = switch (layout) {
            case SUPABASE -> SUPABASE_TABLES;
            case PRISMA -> List.of(PRISMA_TABLE);
            case FLYWAY, LIQUIBASE, PLAIN -> List.of();
        };
        try (Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
        }
    }

    void record(Connection connection, Migration migration, List<String> statements) throws SQLException {
        switch (layout) {
            case SUPABASE -> update(connection,
                    "insert into supabase_migrations.schema_migrations (version, name, statements) values (?, ?, ?)",
                    migration.version(), migration.description(), connection.createArrayOf("text", statements.toArray()));
            case PRISMA -> update(connection, """
                    insert into "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
                    values (?, ?, now(), ?, null, now(), 1)""",
                    UUID.randomUUID().toString(), sha256(migration.sql()), migration.description());
            case FLYWAY, LIQUIBASE, PLAIN -> {
            }
        }
    }

    void recordSeed(Connection connection, Migration seed) throws SQLException {
        update(connection, """
                insert into supabase_migrations.seed_files (path, hash) values (?, ?)
                on conflict (path) do update set hash = excluded.hash""", "supabase/seed.sql", sha256(seed.sql()));
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
