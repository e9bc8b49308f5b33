package dev.releasegate.verifier.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import java.util.zip.CRC32;

/**
 * Records applied migrations where the folder's own tool would look for them, in the shape that tool creates,
 * so that a checklist (or the tool itself) sees the same history as after a real deploy.
 */
final class MigrationHistory {

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

    // As Flyway creates it in the default schema.
    private static final List<String> FLYWAY_TABLE = List.of("""
            CREATE TABLE IF NOT EXISTS "flyway_schema_history" (
                "installed_rank" INT NOT NULL,
                "version" VARCHAR(50),
                "description" VARCHAR(200) NOT NULL,
                "type" VARCHAR(20) NOT NULL,
                "script" VARCHAR(1000) NOT NULL,
                "checksum" INTEGER,
                "installed_by" VARCHAR(100) NOT NULL,
                "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
                "execution_time" INTEGER NOT NULL,
                "success" BOOLEAN NOT NULL,
                CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank")
            )""",
            "CREATE INDEX IF NOT EXISTS \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")");

    // The Supabase CLI's tables; the Supabase-like base has them already, a container image may not.
    private static final List<String> SUPABASE_TABLES = List.of(
            "CREATE SCHEMA IF NOT EXISTS supabase_migrations",
            "CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text)",
            "CREATE TABLE IF NOT EXISTS supabase_migrations.seed_files (path text PRIMARY KEY, hash text NOT NULL)");

    private final MigrationLayout layout;
    private int rank;

    MigrationHistory(MigrationLayout layout) {
        this.layout = layout;
    }

    void create(Connection connection) throws SQLException {
        List<String> ddl = switch (layout) {
            case SUPABASE -> SUPABASE_TABLES;
            case PRISMA -> List.of(PRISMA_TABLE);
            case FLYWAY -> FLYWAY_TABLE;
            case PLAIN -> List.of();
        };
        try (Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
        }
    }

    void record(Connection connection, Migration migration, List<String> statements, long executionMillis) throws SQLException {
        rank++;
        switch (layout) {
            case SUPABASE -> update(connection,
                    "insert into supabase_migrations.schema_migrations (version, name, statements) values (?, ?, ?)",
                    migration.version(), migration.description(), connection.createArrayOf("text", statements.toArray()));
            case PRISMA -> update(connection, """
                    insert into "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
                    values (?, ?, now(), ?, null, now(), 1)""",
                    UUID.randomUUID().toString(), sha256(migration.sql()), migration.description());
            case FLYWAY -> update(connection, """
                    insert into "flyway_schema_history" (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    values (?, ?, ?, 'SQL', ?, ?, current_user, ?, true)""",
                    rank, migration.version(), migration.description(), migration.script(), flywayChecksum(migration.sql()),
                    (int) executionMillis);
            case PLAIN -> {
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

    /** Flyway's checksum: CRC32 over the file's lines, line breaks left out. */
    static int flywayChecksum(String sql) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new StringReader(sql))) {
            String line;
            while ((line = reader.readLine()) != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
