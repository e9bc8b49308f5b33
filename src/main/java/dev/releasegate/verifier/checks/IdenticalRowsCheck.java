package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.rows.RowDifferences;

import java.util.ArrayList;
import java.util.List;

/** Rows are identical in two databases, table by table, compared by primary key. */
public final class IdenticalRowsCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_LOSS;

    private IdenticalRowsCheck() {
    }

    public static Verdict verdict(String scope, String source, String target, List<IdenticalRows> tables) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "rows of " + scope + " in " + source + " and " + target,
                List.of("table", source, target, "missing", "unexpected", "changed"));
        if (tables.isEmpty()) {
            return verdict.problem(Mismatch.missing("tables " + scope, "none found in either database, so nothing was compared")).build();
        }
        for (IdenticalRows table : tables) {
            String name = "table " + table.table();
            if (table instanceof IdenticalRows.Compared compared) {
                RowDifferences rows = compared.rows();
                List<String> cells = List.of(rows.table().toString(), String.valueOf(rows.sourceRows()), String.valueOf(rows.targetRows()),
                        String.valueOf(rows.missing()), String.valueOf(rows.unexpected()), String.valueOf(rows.changed()));
                if (rows.identical()) {
                    verdict.ok(cells);
                    continue;
                }
                List<Mismatch> found = new ArrayList<>();
                if (rows.missing() > 0) {
                    found.add(Mismatch.missing(name, count(rows.missing()) + " of " + source + " missing in " + target
                            + keys(rows.missing(), rows.missingKeys())));
                }
                if (rows.unexpected() > 0) {
                    found.add(Mismatch.unexpected(name, count(rows.unexpected()) + " in " + target + " not in " + source
                            + keys(rows.unexpected(), rows.unexpectedKeys())));
                }
                if (rows.changed() > 0) {
                    found.add(Mismatch.differs(name, count(rows.changed()) + " changed" + keys(rows.changed(), rows.changedKeys())));
                }
                verdict.mismatch(found.get(0), cells);
                found.stream().skip(1).forEach(verdict::problem);
            } else if (table instanceof IdenticalRows.NoPrimaryKey none) {
                verdict.mismatch(Mismatch.missing(name, "has no primary key in " + none.database()
                        + ", so its rows cannot be compared one to one: add a primary key, or leave the table out"),
                        List.of(table.table().toString(), "", "", "", "", "no primary key"));
            } else if (table instanceof IdenticalRows.OnlyIn only) {
                boolean inSource = only.database().equals(source);
                Mismatch mismatch = inSource ? Mismatch.missing(name, "exists in " + source + " only")
                        : Mismatch.unexpected(name, "exists in " + target + " only");
                verdict.mismatch(mismatch, List.of(table.table().toString(), inSource ? "" : "(no table)",
                        inSource ? "(no table)" : "", "", "", ""));
            } else if (table instanceof IdenticalRows.ColumnsDiffer columns) {
                verdict.mismatch(Mismatch.differs(name, "columns differ, so rows cannot be compared: "
                        + source + " has " + String.join(", ", columns.sourceColumns()) + "; " + target + " has "
                        + String.join(", ", columns.targetColumns())), List.of(table.table().toString(), "", "", "", "", "columns differ"));
            }
        }
        return verdict.build();
    }

    private static String count(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private static String keys(long total, List<String> keys) {
        if (keys.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", keys);
        return total > keys.size() ? " (first " + keys.size() + " keys: " + shown + ")" : " (key" + (keys.size() == 1 ? " " : "s ") + shown + ")";
    }
}
