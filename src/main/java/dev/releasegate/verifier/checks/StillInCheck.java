package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.rows.MissingRows;

import java.util.List;
import java.util.Optional;

/**
 * No row lost across two databases, by key: every key of the first database's rows (but those an exception excuses)
 * is in the second. Equal counts can hide a delete plus an insert; keys cannot. Rows the second database gained are
 * not a problem here.
 */
public final class StillInCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_LOSS;

    private StillInCheck() {
    }

    /** A table whose rows cannot be followed by key: false, in this sentence's category, saying what to do. */
    public static Verdict noPrimaryKey(QualifiedName table, String source, String target, Optional<String> except) {
        return Verdict.of(CATEGORY, subject(table, source, target, except), List.of(Mismatch.missing("table " + table,
                "has no primary key in " + source + ", so its rows cannot be followed by key: add a primary key, or compare"
                        + " counts with: the row counts of these tables are equal in \"" + source + "\" and \"" + target + "\":")));
    }

    /** "table reservations: 3 rows of before are not in after (keys 3, 3000001, 4000000)" */
    public static Verdict verdict(String source, String target, Optional<String> except, MissingRows rows) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, subject(rows.table(), source, target, except),
                except.isPresent() ? List.of("table", source, target, "missing", "excepted in " + source)
                        : List.of("table", source, target, "missing"));
        List<String> cells = except.isPresent()
                ? List.of(rows.table().toString(), String.valueOf(rows.sourceRows()), String.valueOf(rows.targetRows()),
                String.valueOf(rows.missing()), String.valueOf(rows.sourceExcepted()))
                : List.of(rows.table().toString(), String.valueOf(rows.sourceRows()), String.valueOf(rows.targetRows()),
                String.valueOf(rows.missing()));
        if (rows.sourceRows() == 0) {
            verdict.mismatch(Mismatch.missing("table " + rows.table(), "has no rows in " + source + (except.isPresent()
                    ? " but those the exception excuses" : "") + ", so no row was followed: an empty source proves nothing"), cells);
        } else if (rows.missing() == 0) {
            verdict.ok(cells);
        } else {
            verdict.mismatch(Mismatch.missing("table " + rows.table(), rows(rows.missing()) + " of " + source + " "
                    + (rows.missing() == 1 ? "is" : "are") + " not in " + target + keys(rows.missing(), rows.missingKeys())), cells);
        }
        if (except.isPresent() && rows.sourceExcepted() == 0) {
            verdict.staleException("rows where " + except.get(), "no row of " + rows.table() + " in " + source + " satisfies it");
        }
        return verdict.build();
    }

    private static String subject(QualifiedName table, String source, String target, Optional<String> except) {
        return "rows of " + table + " in " + source + " still in " + target + except.map(e -> ", except rows where " + e).orElse("");
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    /** "(key 3)", "(keys 3, 17)", "(first 20 keys: 1, 2, ...; and 5 more)" */
    static String keys(long total, List<String> keys) {
        if (keys.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", keys);
        if (total > keys.size()) {
            return " (first " + keys.size() + " keys: " + shown + "; and " + (total - keys.size()) + " more)";
        }
        return " (key" + (keys.size() == 1 ? " " : "s ") + shown + ")";
    }
}
