package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Row counts: of one table, against a number or a minimum; of many tables, across two databases. */
public final class RowCountCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_LOSS;

    private RowCountCheck() {
    }

    /** Exactly {@code expected} rows, or at least that many. */
    public static Verdict count(QualifiedName table, long expected, boolean atLeast, long actual, String database) {
        return atLeast ? atLeast(table, expected, actual, database) : exactly(table, expected, actual, database);
    }

    public static Verdict exactly(QualifiedName table, long expected, long actual, String database) {
        return compare(table, actual, expected, actual == expected, String.valueOf(expected), database);
    }

    public static Verdict atLeast(QualifiedName table, long minimum, long actual, String database) {
        return compare(table, actual, minimum, actual >= minimum, "at least " + minimum, database);
    }

    private static Verdict compare(QualifiedName table, long actual, long expected, boolean holds, String wanted, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "rows of " + table + " in " + database, List.of("table", "rows", "expected"));
        List<String> cells = List.of(table.toString(), String.valueOf(actual), wanted);
        if (holds) {
            verdict.ok(cells);
        } else {
            verdict.mismatch(Mismatch.differs("table " + table, actual + " " + rows(actual) + ", expected " + wanted), cells);
        }
        return verdict.build();
    }

    /** Counts in both databases are equal, table by table; every table reported, with the difference. */
    public static Verdict equal(String source, Map<QualifiedName, Long> sourceCounts, String target,
                                Map<QualifiedName, Long> targetCounts, Set<QualifiedName> excepted, String scope) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "row counts of tables " + scope + " in " + source + " and " + target,
                List.of("table", source, target, "difference"));
        Set<QualifiedName> all = new TreeSet<>(sourceCounts.keySet());
        all.addAll(targetCounts.keySet());
        if (all.isEmpty()) {
            return verdict.problem(Mismatch.missing("tables " + scope, "none found in either database, so nothing was compared")).build();
        }
        for (QualifiedName table : all) {
            compare(verdict, table, source, sourceCounts.get(table), target, targetCounts.get(table), excepted.contains(table));
        }
        for (QualifiedName exception : excepted) {
            Long s = sourceCounts.get(exception);
            Long t = targetCounts.get(exception);
            if (s == null && t == null) {
                verdict.staleException(exception.toString(), "it is not among the tables " + scope + " in either database");
            } else if (s != null && s.equals(t)) {
                verdict.staleException(exception.toString(), "its counts are equal: " + s + " " + rows(s) + " in both");
            }
        }
        return verdict.build();
    }

    /** Counts of the tables listed are equal in both databases; a listed table that is in neither is missing, never skipped. */
    public static Verdict equalListed(List<QualifiedName> tables, String source, Map<QualifiedName, Long> sourceCounts, String target,
                                      Map<QualifiedName, Long> targetCounts) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "row counts of the tables listed in " + source + " and " + target,
                List.of("table", source, target, "difference"));
        for (QualifiedName table : new java.util.LinkedHashSet<>(tables)) {
            compare(verdict, table, source, sourceCounts.get(table), target, targetCounts.get(table), false);
        }
        return verdict.build();
    }

    private static void compare(Verdict.Builder verdict, QualifiedName table, String source, Long s, String target, Long t, boolean excepted) {
        String difference = s != null && t != null ? String.valueOf(t - s) : "";
        List<String> cells = List.of(table.toString(), s == null ? "(no table)" : s.toString(), t == null ? "(no table)" : t.toString(), difference);
        if (excepted) {
            verdict.excepted(cells);
        } else if (s == null && t == null) {
            verdict.mismatch(Mismatch.missing("table " + table, "exists in neither " + source + " nor " + target), cells);
        } else if (s == null) {
            verdict.mismatch(Mismatch.unexpected("table " + table, "exists in " + target + " only"), cells);
        } else if (t == null) {
            verdict.mismatch(Mismatch.missing("table " + table, "exists in " + source + " only"), cells);
        } else if (!s.equals(t)) {
            verdict.mismatch(Mismatch.differs("table " + table, s + " " + rows(s) + " in " + source + ", " + t + " in " + target
                    + " (" + (t - s > 0 ? "+" : "") + (t - s) + ")"), cells);
        } else {
            verdict.ok(cells);
        }
    }

    /** Each listed table has exactly its number of rows; a table that is not there is missing, not skipped. */
    public static Verdict theseHold(List<RowCountExpectation> expected, Map<QualifiedName, Long> counts, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "row counts in " + database, List.of("table", "rows", "expected"));
        for (RowCountExpectation row : expected) {
            Long actual = counts.get(row.table());
            List<String> cells = List.of(row.table().toString(), actual == null ? "(no table)" : actual.toString(), String.valueOf(row.rows()));
            if (actual == null) {
                verdict.mismatch(Mismatch.missing("table " + row.table(), "does not exist"), cells);
            } else if (actual != row.rows()) {
                verdict.mismatch(Mismatch.differs("table " + row.table(), actual + " rows, expected " + row.rows()), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }

    static String rows(long n) {
        return n == 1 ? "row" : "rows";
    }
}
