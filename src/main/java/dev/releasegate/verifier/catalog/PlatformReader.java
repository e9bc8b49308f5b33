package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ReadOnlySession;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads the Supabase storage buckets and the pg_cron jobs, one query each (callers first check that the tables exist). */
final class PlatformReader {

    static final QualifiedName BUCKETS_TABLE = new QualifiedName("storage", "buckets");
    static final QualifiedName CRON_TABLE = new QualifiedName("cron", "job");

    static final String BUCKETS = """
            select id, name, coalesce(public, false), file_size_limit, allowed_mime_types is null,
                   array_to_string(allowed_mime_types, E'\\x1f')
            from storage.buckets
            order by name""";

    static final String JOBS = """
            select jobid, jobname, schedule, command, database, active
            from cron.job
            order by jobid""";

    private PlatformReader() {
    }

    static List<StorageBucket> buckets(ReadOnlySession session) throws SQLException {
        return session.query(BUCKETS).rows().stream().map(r -> new StorageBucket(r.get(0), r.get(1), CatalogReader.bool(r.get(2)),
                Optional.ofNullable(r.get(3)).map(Long::parseLong),
                CatalogReader.bool(r.get(4)) ? Optional.<List<String>>empty() : Optional.of(CatalogReader.list(r.get(5))))).toList();
    }

    static List<ScheduledJob> jobs(ReadOnlySession session) throws SQLException {
        return session.query(JOBS).rows().stream().map(r -> new ScheduledJob(Long.parseLong(r.get(0)), r.get(1), r.get(2), r.get(3),
                r.get(4), CatalogReader.bool(r.get(5)))).toList();
    }
}
