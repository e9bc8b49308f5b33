package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Row counts now equal the counts of a record made earlier (perhaps of a database that is gone): every table reported. */
public final class RecordedRowCountCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_LOSS;

    private RecordedRowCountCheck() {
    }

    /** A record of no tables proves nothing: the item is false rather than a record of nothing being written. */
    public static java.util.Optional<Verdict> nothingToRecord(String scope, String database, Map<QualifiedName, Long> counts) {
        return counts.isEmpty() ? java.util.Optional.of(Verdict.of(CATEGORY, "row counts of tables " + scope + " in " + database,
                List.of(Mismatch.missing("tables " + scope, "none found in " + database + ", so nothing was recorded")))) : java.util.Optional.empty();
    }

    /** "table trackpay_users: 6 rows recorded, 5 now (-1)" */
    public static Verdict equal(String record, Map<QualifiedName, Long> recorded, String database, Map<QualifiedName, Long> now, String scope) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "row counts of tables " + scope + " in " + database + " against the record " + record,
                List.of("table", "recorded", "now", "difference"));
        Set<QualifiedName> all = new TreeSet<>(recorded.keySet());
        all.addAll(now.keySet());
        if (all.isEmpty()) {
            return verdict.problem(Mismatch.missing("tables " + scope, "none in the record " + record + " nor in " + database
                    + ", so nothing was compared")).build();
        }
        for (QualifiedName table : all) {
            Long r = recorded.get(table);
            Long n = now.get(table);
            String difference = r != null && n != null ? signed(n - r) : "";
            List<String> cells = List.of(table.toString(), r == null ? "(not recorded)" : r.toString(), n == null ? "(no table)" : n.toString(), difference);
            if (r == null) {
                verdict.mismatch(Mismatch.unexpected("table " + table, "exists in " + database + " with " + n + " " + RowCountCheck.rows(n)
                        + ", not in the record " + record), cells);
            } else if (n == null) {
                verdict.mismatch(Mismatch.missing("table " + table, "recorded with " + r + " " + RowCountCheck.rows(r)
                        + ", does not exist in " + database), cells);
            } else if (!r.equals(n)) {
                verdict.mismatch(Mismatch.differs("table " + table, r + " " + RowCountCheck.rows(r) + " recorded, " + n + " now ("
                        + signed(n - r) + ")"), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }
}
