package dev.releasegate.verifier.db;

/** Which tool a migrations folder was written for, and so which history table records what was applied. */
public enum MigrationLayout {
    /** {@code supabase/migrations/<version>_<name>.sql}, optional {@code supabase/seed.sql}: supabase_migrations.schema_migrations. */
    SUPABASE,
    /** {@code prisma/migrations/<folder>/migration.sql}: _prisma_migrations. */
    PRISMA,
    /** {@code V<version>__<description>.sql} and {@code R__} repeatables, applied by Flyway itself: flyway_schema_history. */
    FLYWAY,
    /** A master changelog (XML, YAML, JSON or formatted SQL), applied by Liquibase itself: databasechangelog. */
    LIQUIBASE,
    /** Any other folder: its {@code .sql} files in name order, no history. */
    PLAIN
}
