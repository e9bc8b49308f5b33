package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.OffendingRows;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.RowTally;

import java.util.List;

/**
 * Data rules over the rows of one database: no orphans, a match for every row, no row satisfying a condition, no
 * duplicate values, every value matching a pattern. Each verdict counts every offending row and shows the first
 * ones the database returned.
 */
public final class IntegrityCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_INTEGRITY;

    private IntegrityCheck() {
    }

    /**
     * The columns a reference through {@code through} (on {@code from}) points at: the primary key of {@code keyed}, one
     * column for each column named. A table without a primary key, or a different number of columns, cannot be
     * checked as written: the checklist must change, so it is an error, not a false item.
     */
    public static List<String> referencedKey(QualifiedName keyed, List<String> primaryKey, QualifiedName from, List<String> through,
                                             String what, String database) {
        if (primaryKey.isEmpty()) {
            throw new ChecklistBroken("table " + keyed + " in " + database + " has no primary key, so the " + what
                    + " cannot be checked: give it a primary key, or check the columns with: no row of \"...\" satisfies \"...\"");
        }
        if (through.size() != primaryKey.size()) {
            throw new ChecklistBroken(from + " through " + String.join(", ", through) + " names " + through.size()
                    + (through.size() == 1 ? " column" : " columns") + ", but the primary key of " + keyed + " has " + primaryKey.size()
                    + " (" + String.join(", ", primaryKey) + "): name one column for each, in key order");
        }
        return primaryKey;
    }

    /** "chama_members.chama_id -> chamas: 2 rows reference a missing chamas row" */
    public static Verdict noOrphans(QualifiedName from, List<String> through, QualifiedName target, OffendingRows found, String database) {
        String subject = "references from " + from + " to " + target + " through " + String.join(", ", through) + " in " + database;
        String object = columns(from, through) + " -> " + target;
        return verdict(subject, found, Mismatch.Kind.UNEXPECTED, object,
                rows(found.count()) + " " + (found.count() == 1 ? "references" : "reference") + " a missing " + target + " row");
    }

    /** "restaurants -> subscriptions.restaurant_id: 3 rows where is_active have no matching subscriptions row" */
    public static Verdict everyRowMatched(QualifiedName from, String where, QualifiedName other, List<String> through,
                                          OffendingRows found, String database) {
        String scope = where == null ? "" : " where " + where;
        String subject = "rows of " + from + scope + " with a matching " + other + " through " + String.join(", ", through) + " in " + database;
        String object = from + " -> " + columns(other, through);
        return verdict(subject, found, Mismatch.Kind.MISSING, object,
                rows(found.count()) + scope + " " + (found.count() == 1 ? "has" : "have") + " no matching " + other + " row");
    }

    /**
     * "customers -> diners: 3 rows where email is not null have no matching diners row on diners.email = lower(customers.email)"
     */
    public static Verdict everyRowMatchedOn(QualifiedName from, String where, QualifiedName other, String on, OffendingRows found,
                                            String database) {
        String scope = where == null ? "" : " where " + where;
        String subject = "rows of " + from + scope + " with a matching " + other + " on " + on + " in " + database;
        return verdict(subject, found, Mismatch.Kind.MISSING, from + " -> " + other,
                rows(found.count()) + scope + " " + (found.count() == 1 ? "has" : "have") + " no matching " + other + " row on " + on);
    }

    /** "lower(email) in diners: 2 values appear in more than one row" */
    public static Verdict uniqueExpression(QualifiedName table, String expression, String where, OffendingRows found, String database) {
        String scope = where == null ? "" : " where " + where;
        String subject = "duplicate values of " + expression + " in " + table + scope + " in " + database;
        long n = found.count();
        return verdict(subject, found, Mismatch.Kind.UNEXPECTED, expression + " in " + table,
                n + (n == 1 ? " value appears" : " values appear") + " in more than one row" + scope);
    }

    /** "counts: the number of rows of diners is 6, but the number of distinct lower(email) in customers is 5" */
    public static Verdict countsEqual(RowTally first, RowTally second, RowTally.Counted counted, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, first.describe() + " equals " + second.describe() + " in " + database,
                List.of(first.describe(), second.describe()));
        List<String> cells = List.of(String.valueOf(counted.first()), String.valueOf(counted.second()));
        if (counted.first() == counted.second()) {
            return verdict.ok(cells).build();
        }
        return verdict.mismatch(Mismatch.differs("counts", first.describe() + " is " + counted.first() + ", but "
                + second.describe() + " is " + counted.second()), cells).build();
    }

    /** "table transactions: 2 rows satisfy amount <= 0" */
    public static Verdict noRowSatisfies(QualifiedName table, String condition, OffendingRows found, String database) {
        String subject = "rows of " + table + " satisfying " + condition + " in " + database;
        return verdict(subject, found, Mismatch.Kind.UNEXPECTED, "table " + table,
                rows(found.count()) + " " + (found.count() == 1 ? "satisfies" : "satisfy") + " " + condition);
    }

    /** "users.email: 2 values appear in more than one row where deleted_at is null" */
    public static Verdict noDuplicates(QualifiedColumn column, String where, OffendingRows found, String database) {
        String scope = where == null ? "" : " where " + where;
        String subject = "duplicate values of " + column + scope + " in " + database;
        long n = found.count();
        return verdict(subject, found, Mismatch.Kind.UNEXPECTED, column.toString(),
                n + (n == 1 ? " value appears" : " values appear") + " in more than one row" + scope);
    }

    /** "users.email: 2 rows do not match ^[^@]+@[^@]+$" */
    public static Verdict everyValueMatches(QualifiedColumn column, String pattern, OffendingRows found, String database) {
        String subject = "values of " + column + " matching \"" + pattern + "\" in " + database;
        return verdict(subject, found, Mismatch.Kind.DIFFERS, column.toString(),
                rows(found.count()) + " " + (found.count() == 1 ? "does" : "do") + " not match " + pattern);
    }

    private static Verdict verdict(String subject, OffendingRows found, Mismatch.Kind kind, String object, String detail) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, subject, found.columns());
        if (found.count() == 0) {
            return verdict.build();
        }
        String shown = found.count() > found.sample().size() ? " (the first " + found.sample().size() + " are shown)" : "";
        verdict.problem(new Mismatch(kind, object, detail + shown));
        String mark = kind.name().toLowerCase(java.util.Locale.ROOT);
        Verdict partial = verdict.build();
        List<ComparisonTable.Row> rows = found.sample().stream()
                .map(cells -> new ComparisonTable.Row(mark, cells.stream().map(c -> c == null ? "null" : c).toList())).toList();
        return new Verdict(CATEGORY, subject, partial.mismatches(), new ComparisonTable(found.columns(), rows));
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    /** "chama_members.chama_id", or "order_items.(order_id, tenant_id)" for a composite reference. */
    static String columns(QualifiedName table, List<String> columns) {
        return columns.size() == 1 ? table + "." + columns.get(0) : table + ".(" + String.join(", ", columns) + ")";
    }
}
