package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.QueryResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of the last query against the checklist's table, in order or in any order; or counted. */
public final class ResultCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_INTEGRITY;

    private ResultCheck() {
    }

    /**
     * Compares every expected row (header = column names; a blank cell is not checked, columns left out are not
     * checked) with the result. In order, row i is compared with row i; in any order, each expected row takes the
     * first unclaimed row it matches. Every missing, unexpected and differing row is reported.
     */
    public static Verdict matches(String subject, List<String> header, List<List<String>> expected, QueryResult actual, boolean ordered) {
        return compare(subject + (ordered ? "" : " (in any order)"), header, expected, actual, ordered, true);
    }

    /** Every expected row is among the result's rows (in any order); the result may hold more. */
    public static Verdict contains(String subject, List<String> header, List<List<String>> expected, QueryResult actual) {
        return compare(subject + " (containing)", header, expected, actual, false, false);
    }

    private static Verdict compare(String subject, List<String> header, List<List<String>> expected, QueryResult actual,
                                   boolean ordered, boolean exactly) {
        int[] columns = columnIndexes(header, actual);
        List<String> tableHeader = new ArrayList<>(header);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, subject, tableHeader);
        if (ordered) {
            int rows = Math.max(expected.size(), actual.size());
            for (int r = 0; r < rows; r++) {
                if (r >= actual.size()) {
                    verdict.mismatch(Mismatch.missing("row " + (r + 1), "expected " + show(header, expected.get(r))
                            + ", the query returned only " + rows(actual.size())), expected.get(r));
                } else if (r >= expected.size()) {
                    List<String> got = pick(actual.rows().get(r), columns);
                    verdict.mismatch(Mismatch.unexpected("row " + (r + 1), show(header, got) + " was not expected"), got);
                } else {
                    compareRow(verdict, r, header, expected.get(r), pick(actual.rows().get(r), columns));
                }
            }
        } else {
            boolean[] claimed = new boolean[actual.size()];
            for (List<String> want : expected) {
                int found = -1;
                for (int r = 0; r < actual.size() && found < 0; r++) {
                    if (!claimed[r] && rowMatches(want, pick(actual.rows().get(r), columns))) {
                        found = r;
                    }
                }
                if (found >= 0) {
                    claimed[found] = true;
                    verdict.ok(pick(actual.rows().get(found), columns).stream().map(ResultCells::show).toList());
                } else {
                    verdict.mismatch(Mismatch.missing("row " + show(header, want), "not in the result"), want);
                }
            }
            for (int r = 0; r < actual.size() && exactly; r++) {
                if (!claimed[r]) {
                    List<String> got = pick(actual.rows().get(r), columns);
                    verdict.mismatch(Mismatch.unexpected("row " + show(header, got), "in the result but not in the checklist"),
                            got.stream().map(ResultCells::show).toList());
                }
            }
        }
        return verdict.build();
    }

    public static Verdict isEmpty(String subject, QueryResult actual) {
        return count(subject, 0, actual);
    }

    public static Verdict count(String subject, long expected, QueryResult actual) {
        if (actual.size() == expected) {
            return Verdict.of(CATEGORY, subject, List.of());
        }
        return Verdict.of(CATEGORY, subject, List.of(Mismatch.differs("the result", "has " + rows(actual.size()) + ", expected "
                + (expected == 0 ? "none" : rows(expected)))));
    }

    private static void compareRow(Verdict.Builder verdict, int r, List<String> header, List<String> want, List<String> got) {
        List<String> cells = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String w = c < want.size() ? want.get(c) : null;
            String a = got.get(c);
            if (w == null || w.isBlank() || ResultCells.same(w, a)) {
                cells.add(ResultCells.show(a));
            } else {
                cells.add(ResultCells.show(a) + " (expected " + w.trim() + ")");
                differences.add(header.get(c) + " is " + ResultCells.show(a) + ", expected " + w.trim());
            }
        }
        if (differences.isEmpty()) {
            verdict.ok(cells);
        } else {
            verdict.mismatch(Mismatch.differs("row " + (r + 1), String.join("; ", differences)), cells);
        }
    }

    private static boolean rowMatches(List<String> want, List<String> got) {
        for (int c = 0; c < got.size(); c++) {
            String w = c < want.size() ? want.get(c) : null;
            if (w != null && !w.isBlank() && !ResultCells.same(w, got.get(c))) {
                return false;
            }
        }
        return true;
    }

    /** Where each checklist column is in the result: exact name first, then ignoring case. */
    private static int[] columnIndexes(List<String> header, QueryResult actual) {
        int[] indexes = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim();
            int index = actual.columns().indexOf(name);
            if (index < 0) {
                for (int i = 0; i < actual.columns().size() && index < 0; i++) {
                    if (actual.columns().get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                        index = i;
                    }
                }
            }
            if (index < 0) {
                throw new ChecklistBroken("the result has no column '" + name + "': its columns are "
                        + String.join(", ", actual.columns()) + " (name a column in the query with AS to compare it)");
            }
            indexes[c] = index;
        }
        return indexes;
    }

    private static List<String> pick(List<String> row, int[] columns) {
        List<String> picked = new ArrayList<>(columns.length);
        for (int index : columns) {
            picked.add(row.get(index));
        }
        return picked;
    }

    private static String show(List<String> header, List<String> row) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String v = c < row.size() ? row.get(c) : null;
            parts.add(header.get(c) + "=" + (v == null ? "null" : v));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }
}
