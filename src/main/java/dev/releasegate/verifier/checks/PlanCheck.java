package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Query plans judged: an index used somewhere in the tree, no sequential scan on a table, a median time. */
public final class PlanCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private PlanCheck() {
    }

    public static Verdict usesIndex(String index, QueryPlan plan, String database) {
        String subject = "query plan in " + database + " using index " + index;
        String unqualified = index.contains(".") ? index.substring(index.lastIndexOf('.') + 1) : index;
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, subject, List.of("plan node"));
        boolean used = false;
        for (QueryPlan.Node node : plan.nodes()) {
            boolean uses = node.index().map(unqualified::equals).orElse(false);
            used |= uses;
            verdict.ok(List.of((uses ? "-> " : "") + node.describe()));
        }
        if (!used) {
            List<String> indexes = plan.nodes().stream().flatMap(n -> n.index().stream()).distinct().toList();
            verdict.problem(Mismatch.missing("index " + index, "is not used by the plan (" + (indexes.isEmpty()
                    ? "it uses no index" : "it uses " + String.join(", ", indexes)) + "); the plan: "
                    + String.join(" / ", plan.outline())));
        }
        return verdict.build();
    }

    public static Verdict noSequentialScan(QualifiedName table, QueryPlan plan, String database) {
        String subject = "query plan in " + database + " without a sequential scan on " + table;
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, subject, List.of("plan node"));
        for (QueryPlan.Node node : plan.nodes()) {
            boolean onTable = node.relation().map(table.name()::equals).orElse(false)
                    && node.schema().map(table.schema()::equals).orElse(true);
            if (onTable && node.type().toLowerCase(Locale.ROOT).equals("seq scan")) {
                verdict.mismatch(Mismatch.unexpected("sequential scan on " + table, "the plan reads the whole table: " + node.describe()
                        + " (check that an index covers the filter, and that the table was ANALYZEd)"), List.of(node.describe()));
            } else {
                verdict.ok(List.of(node.describe()));
            }
        }
        return verdict.build();
    }

    /** The median of the runs (planning + execution, as EXPLAIN ANALYZE measured them) is under the limit. */
    public static Verdict completesUnder(double limitMillis, List<Double> runsMillis, String database) {
        List<Double> sorted = new ArrayList<>(runsMillis);
        sorted.sort(Double::compare);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        String runs = String.join(", ", runsMillis.stream().map(PlanCheck::millis).toList());
        String subject = "query time in " + database + " under " + millis(limitMillis);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, subject, List.of("median", "runs", "limit"));
        List<String> cells = List.of(millis(median), runs, millis(limitMillis));
        if (median < limitMillis) {
            verdict.ok(cells);
        } else {
            verdict.mismatch(Mismatch.differs("the query", "took " + millis(median) + " (median of " + runsMillis.size() + " runs: " + runs
                    + "), expected under " + millis(limitMillis)), cells);
        }
        return verdict.build();
    }

    static String millis(double ms) {
        return String.format(Locale.ROOT, "%.3f ms", ms).replaceAll("\\.?0+ ms$", " ms");
    }
}
