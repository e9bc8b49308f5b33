package dev.releasegate.verifier.catalog;

/** A row of pg_cron's cron.job. */
public record ScheduledJob(long id, String name, String schedule, String command, String database, boolean active) {
}
