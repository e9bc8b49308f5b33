package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.NewestValue;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Freshness: the newest value of a time column is at most so old, by the database server's own clock, so that a
 * table that stopped receiving rows after a cutover (a writer still pointed at the old database) is caught in hours.
 */
public final class FreshnessCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_INTEGRITY;

    private FreshnessCheck() {
    }

    /** Only a date or a timestamp has an age: another column is a checklist error that names its type. */
    public static void requireTime(Column column) {
        String type = column.type().toLowerCase(Locale.ROOT);
        if (!type.equals("date") && !type.startsWith("timestamp")) {
            throw new ChecklistBroken("column " + column.table() + "." + column.name() + " is " + column.type()
                    + ", not a time: name a timestamp or date column, such as \"created_at\"");
        }
    }

    /** "orders.created_at: the newest is 2025-10-14 09:00:00+00, 3 days 4 hours old, expected at most 2 hours" */
    public static Verdict atMost(QualifiedColumn column, Duration maximum, NewestValue found, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "the newest " + column.column() + " in " + column.table() + " in " + database,
                List.of("column", "newest", "server time", "age", "at most"));
        String limit = describe(maximum);
        if (found.newest().isEmpty() || found.ageSeconds().isEmpty()) {
            return verdict.mismatch(Mismatch.missing(column.toString(), "no row holds a value, so nothing is at most " + limit + " old"),
                    List.of(column.toString(), "(none)", found.now(), "", limit)).build();
        }
        double age = found.ageSeconds().get();
        String shown = age < 0 ? describe(Duration.ofSeconds((long) Math.ceil(-age))) + " in the future" : describe(Duration.ofSeconds((long) age));
        List<String> cells = List.of(column.toString(), found.newest().get(), found.now(), shown, limit);
        if (age <= maximum.toSeconds()) {
            return verdict.ok(cells).build();
        }
        return verdict.mismatch(Mismatch.differs(column.toString(), "the newest is " + found.newest().get() + ", " + shown
                + " old at " + found.now() + " (the server's clock), expected at most " + limit), cells).build();
    }

    private static final long[] SIZES = {86_400, 3_600, 60, 1};
    private static final String[] UNITS = {"day", "hour", "minute", "second"};

    /** "3 days 4 hours", "2 hours", "42 seconds": the two largest units, enough to read at a glance. */
    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        int i = 0;
        while (i < SIZES.length - 1 && seconds < SIZES[i]) {
            i++;
        }
        String first = part(seconds / SIZES[i], UNITS[i]);
        long rest = i + 1 < SIZES.length ? (seconds % SIZES[i]) / SIZES[i + 1] : 0;
        return rest > 0 ? first + " " + part(rest, UNITS[i + 1]) : first;
    }

    private static String part(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
