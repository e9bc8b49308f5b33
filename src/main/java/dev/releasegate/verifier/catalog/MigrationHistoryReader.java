package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.MigrationEntry;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.ReadOnlySession;
import dev.releasegate.verifier.db.SqlIdentifier;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the migration history table of whichever tool applied a database's migrations, and reads it. When several
 * exist (a Supabase project whose migrations Prisma applies has an empty Supabase table), the first with rows wins.
 */
public final class MigrationHistoryReader {

    static final String HISTORY_TABLES = """
            select n.nspname, c.relname,
                   case when n.nspname = 'supabase_migrations' and c.relname = 'schema_migrations' then 'SUPABASE'
                        when c.relname = '_prisma_migrations' then 'PRISMA'
                        when c.relname = 'flyway_schema_history' then 'FLYWAY'
                        else 'LIQUIBASE' end as tool
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p', 'v')
              and ((n.nspname = 'supabase_migrations' and c.relname = 'schema_migrations')
                   or c.relname in ('_prisma_migrations', 'flyway_schema_history', 'databasechangelog'))
              and n.nspname not in ('pg_catalog', 'information_schema')
            order by 3, n.nspname = current_schema() desc, 1""";

    private MigrationHistoryReader() {
    }

    public static Optional<MigrationHistory> read(Database database) {
        return database.read(session -> {
            QueryResult found = session.query(HISTORY_TABLES);
            List<MigrationHistory.Tool> order = List.of(MigrationHistory.Tool.values());
            List<MigrationHistory> histories = new ArrayList<>();
            for (List<String> row : found.rows()) {
                histories.add(versions(session, MigrationHistory.Tool.valueOf(row.get(2)), new QualifiedName(row.get(0), row.get(1))));
            }
            histories.sort(java.util.Comparator.comparing(h -> order.indexOf(h.tool())));
            return histories.stream().filter(h -> !h.versions().isEmpty()).findFirst().or(() -> histories.stream().findFirst());
        });
    }

    private static MigrationHistory versions(ReadOnlySession session, MigrationHistory.Tool tool, QualifiedName table) throws SQLException {
        String from = SqlIdentifier.quote(table.schema(), table.name());
        // one row per applied migration: version, description, author, file, checksum
        String sql = switch (tool) {
            case SUPABASE -> "select version, null, null, null, null from " + from + " order by version";
            case PRISMA -> "select migration_name, null, null, null, checksum from " + from
                    + " where finished_at is not null and rolled_back_at is null order by migration_name";
            // Flyway's own rows for creating schemas are not migrations; a baseline row is kept (the check reads it)
            case FLYWAY -> "select version, description, null, script, checksum::text from " + from
                    + " where success and type <> 'SCHEMA' order by installed_rank";
            case LIQUIBASE -> "select id, description, author, filename, md5sum from " + from
                    + " where exectype in ('EXECUTED', 'RERAN', 'MARK_RAN') order by orderexecuted, dateexecuted";
        };
        QueryResult result = session.query(sql);
        List<MigrationEntry> applied = result.rows().stream()
                .filter(r -> r.get(0) != null || tool == MigrationHistory.Tool.FLYWAY)
                .map(r -> new MigrationEntry(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))).toList();
        return new MigrationHistory(tool, table, applied, session.executed().get(session.executed().size() - 1));
    }
}
