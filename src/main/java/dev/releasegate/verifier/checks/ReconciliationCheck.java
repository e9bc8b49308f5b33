package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.outcome.FailureCategory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The same query's result in two databases: the same rows, in any order, numbers optionally within a tolerance
 * relative to the first database's value. A column is numeric when every value it holds on both sides is a number;
 * the other columns identify a row, so that a row whose numbers moved is shown beside its counterpart, not as one row
 * missing and another unexpected.
 */
public final class ReconciliationCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_LOSS;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReconciliationCheck() {
    }

    public static Verdict same(String source, QueryResult before, String target, QueryResult after, Optional<BigDecimal> tolerance) {
        String subject = "result of the query in " + source + " and " + target
                + tolerance.map(t -> " (numbers within " + t.stripTrailingZeros().toPlainString() + "%)").orElse("");
        if (!before.columns().equals(after.columns())) {
            return Verdict.of(CATEGORY, subject, List.of(Mismatch.differs("the result's columns", source + " has "
                    + String.join(", ", before.columns()) + "; " + target + " has " + String.join(", ", after.columns()))));
        }
        if (before.size() == 0 && after.size() == 0) {
            return Verdict.of(CATEGORY, subject, List.of(Mismatch.missing("the result", "is empty in both databases, so nothing was"
                    + " compared: query something that returns rows, such as select count(*) from ...")));
        }
        return new Pairing(source, before, target, after, tolerance).verdict(subject);
    }

    /** The rows of both results paired: equal first, then by their non-numeric cells (within the tolerance first). */
    private static final class Pairing {
        private final String source;
        private final String target;
        private final QueryResult before;
        private final QueryResult after;
        private final Optional<BigDecimal> tolerance;
        private final boolean[] numeric;
        private final int[] partner;
        private final boolean[] taken;

        Pairing(String source, QueryResult before, String target, QueryResult after, Optional<BigDecimal> tolerance) {
            this.source = source;
            this.target = target;
            this.before = before;
            this.after = after;
            this.tolerance = tolerance;
            this.numeric = numericColumns(before, after);
            this.partner = new int[before.size()];
            this.taken = new boolean[after.size()];
            Arrays.fill(partner, -1);
            pairEqualRows();
            tolerance.ifPresent(t -> pairByKey(true));
            pairByKey(false);
        }

        private void pairEqualRows() {
            Map<List<String>, Deque<Integer>> equal = new HashMap<>();
            for (int j = 0; j < after.size(); j++) {
                equal.computeIfAbsent(normal(after.rows().get(j)), k -> new ArrayDeque<>()).add(j);
            }
            for (int i = 0; i < before.size(); i++) {
                Deque<Integer> candidates = equal.get(normal(before.rows().get(i)));
                if (candidates != null && !candidates.isEmpty()) {
                    pair(i, candidates.poll());
                }
            }
        }

        private void pairByKey(boolean withinOnly) {
            Map<List<String>, List<Integer>> byKey = new LinkedHashMap<>();
            for (int j = 0; j < after.size(); j++) {
                if (!taken[j]) {
                    byKey.computeIfAbsent(key(after.rows().get(j)), k -> new ArrayList<>()).add(j);
                }
            }
            for (int i = 0; i < before.size(); i++) {
                if (partner[i] >= 0) {
                    continue;
                }
                for (int j : byKey.getOrDefault(key(before.rows().get(i)), List.of())) {
                    if (!taken[j] && (!withinOnly || differences(i, j, true).isEmpty())) {
                        pair(i, j);
                        break;
                    }
                }
            }
        }

        private void pair(int i, int j) {
            partner[i] = j;
            taken[j] = true;
        }

        Verdict verdict(String subject) {
            Verdict.Builder verdict = new Verdict.Builder(CATEGORY, subject, header());
            for (int i = 0; i < before.size(); i++) {
                List<String> row = before.rows().get(i);
                if (partner[i] < 0) {
                    verdict.mismatch(Mismatch.missing(name(row, i + 1, source), "in " + source + " only: " + describe(row)),
                            cells(row, null));
                    continue;
                }
                List<String> other = after.rows().get(partner[i]);
                List<String> differences = differences(i, partner[i], tolerance.isPresent());
                if (differences.isEmpty()) {
                    verdict.ok(cells(row, other));
                } else {
                    verdict.mismatch(Mismatch.differs(name(row, i + 1, source), String.join("; ", differences)), cells(row, other));
                }
            }
            for (int j = 0; j < after.size(); j++) {
                if (!taken[j]) {
                    List<String> row = after.rows().get(j);
                    verdict.mismatch(Mismatch.unexpected(name(row, j + 1, target), "in " + target + " only: " + describe(row)),
                            cells(null, row));
                }
            }
            return verdict.build();
        }

        /** What differs between paired rows: numbers beyond the tolerance (or at all, without one). */
        private List<String> differences(int i, int j, boolean withTolerance) {
            List<String> found = new ArrayList<>();
            List<String> a = before.rows().get(i);
            List<String> b = after.rows().get(j);
            for (int c = 0; c < numeric.length; c++) {
                if (!numeric[c]) {
                    continue;
                }
                BigDecimal x = ResultCells.number(Objects.requireNonNullElse(a.get(c), ""));
                BigDecimal y = ResultCells.number(Objects.requireNonNullElse(b.get(c), ""));
                boolean same = x == null || y == null ? Objects.equals(a.get(c), b.get(c))
                        : withTolerance ? within(x, y) : x.compareTo(y) == 0;
                if (!same) {
                    found.add(before.columns().get(c) + " is " + ResultCells.show(a.get(c)) + " in " + source + ", "
                            + ResultCells.show(b.get(c)) + " in " + target + change(x, y)
                            + (withTolerance ? ", more than " + tolerance.get().stripTrailingZeros().toPlainString() + "%" : ""));
                }
            }
            return found;
        }

        private boolean within(BigDecimal x, BigDecimal y) {
            BigDecimal allowed = x.abs().multiply(tolerance.get()).divide(HUNDRED, MathContext.DECIMAL128);
            return y.subtract(x).abs().compareTo(allowed) <= 0;
        }

        private static String change(BigDecimal x, BigDecimal y) {
            if (x == null || y == null) {
                return "";
            }
            if (x.signum() == 0) {
                return " (from 0)";
            }
            BigDecimal percent = y.subtract(x).multiply(HUNDRED).divide(x.abs(), 2, RoundingMode.HALF_UP);
            return " (" + (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%)";
        }

        private List<String> header() {
            List<String> header = new ArrayList<>();
            for (int c = 0; c < numeric.length; c++) {
                String column = before.columns().get(c);
                if (numeric[c]) {
                    header.add(column + " in " + source);
                    header.add(column + " in " + target);
                } else {
                    header.add(column);
                }
            }
            return header;
        }

        /** Identifying cells once, numbers side by side; a side without the row is left blank. */
        private List<String> cells(List<String> a, List<String> b) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < numeric.length; c++) {
                if (numeric[c]) {
                    cells.add(a == null ? "" : ResultCells.show(a.get(c)));
                    cells.add(b == null ? "" : ResultCells.show(b.get(c)));
                } else {
                    cells.add(ResultCells.show((a != null ? a : b).get(c)));
                }
            }
            return cells;
        }

        /** "row (status confirmed)" by its identifying cells, or "row 3 of before" when every column is a number. */
        private String name(List<String> row, int position, String side) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < numeric.length; c++) {
                if (!numeric[c]) {
                    parts.add(before.columns().get(c) + " " + ResultCells.show(row.get(c)));
                }
            }
            return parts.isEmpty() ? "row " + position + " of " + side : "row (" + String.join(", ", parts) + ")";
        }

        private String describe(List<String> row) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                parts.add(before.columns().get(c) + " " + ResultCells.show(row.get(c)));
            }
            return String.join(", ", parts);
        }

        private List<String> key(List<String> row) {
            List<String> key = new ArrayList<>();
            for (int c = 0; c < numeric.length; c++) {
                if (!numeric[c]) {
                    key.add(row.get(c));
                }
            }
            return key;
        }

        /** The row with its numbers written one way (1.50 and 1.5 are one value). */
        private List<String> normal(List<String> row) {
            List<String> normal = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                BigDecimal n = numeric[c] && row.get(c) != null ? ResultCells.number(row.get(c)) : null;
                normal.add(n == null ? row.get(c) : n.stripTrailingZeros().toPlainString());
            }
            return normal;
        }
    }

    /** A column is numeric when it holds at least one value and every value, on both sides, is a number. */
    private static boolean[] numericColumns(QueryResult before, QueryResult after) {
        boolean[] numeric = new boolean[before.columns().size()];
        for (int c = 0; c < numeric.length; c++) {
            boolean any = false;
            boolean all = true;
            for (QueryResult result : List.of(before, after)) {
                for (List<String> row : result.rows()) {
                    String cell = row.get(c);
                    if (cell != null) {
                        any = true;
                        all &= ResultCells.number(cell) != null;
                    }
                }
            }
            numeric[c] = any && all;
        }
        return numeric;
    }
}
