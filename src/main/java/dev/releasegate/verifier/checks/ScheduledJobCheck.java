package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.ScheduledJob;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** pg_cron jobs exist with the expected schedule and state. */
public final class ScheduledJobCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private ScheduledJobCheck() {
    }

    /** {@code jobs} is empty when the database has no cron.job table: the item fails and says pg_cron is not installed. */
    public static Verdict exist(List<ScheduledJobExpectation> expected, Optional<List<ScheduledJob>> jobs, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "scheduled jobs in " + database, List.of("job", "schedule", "active"));
        if (jobs.isEmpty()) {
            return verdict.problem(Mismatch.missing("pg_cron", "is not installed in " + database
                    + " (there is no cron.job table), so no scheduled job could be checked: pg_cron keeps its jobs in the database"
                    + " named by cron.database_name, usually postgres")).build();
        }
        for (ScheduledJobExpectation row : expected) {
            Optional<ScheduledJob> found = jobs.get().stream().filter(j -> row.job().equals(j.name())).findFirst();
            if (found.isEmpty()) {
                List<String> names = jobs.get().stream().map(j -> j.name() == null ? "#" + j.id() : j.name()).toList();
                verdict.mismatch(Mismatch.missing("scheduled job " + row.job(), "does not exist"
                        + (names.isEmpty() ? " (cron.job is empty)" : " (jobs: " + String.join(", ", names) + ")")), List.of(row.job(), "", ""));
                continue;
            }
            ScheduledJob j = found.get();
            List<String> problems = new ArrayList<>();
            row.schedule().filter(s -> !normalise(s).equals(normalise(j.schedule())))
                    .ifPresent(s -> problems.add("schedule is '" + j.schedule() + "', expected '" + s + "'"));
            row.active().filter(a -> a != j.active()).ifPresent(a -> problems.add(j.active() ? "is active, expected not" : "is not active, expected active"));
            List<String> cells = List.of(j.name(), j.schedule(), j.active() ? "yes" : "no");
            if (problems.isEmpty()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs("scheduled job " + j.name(), String.join("; ", problems)), cells);
            }
        }
        return verdict.build();
    }

    private static String normalise(String schedule) {
        return schedule == null ? "" : schedule.trim().replaceAll("\\s+", " ");
    }
}
