package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Indexes exist on the expected columns, in order, with the expected uniqueness. */
public final class IndexCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private IndexCheck() {
    }

    public static Verdict exist(List<IndexExpectation> expected, Collection<Index> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "indexes in " + database, List.of("table", "index", "columns", "unique"));
        for (IndexExpectation row : expected) {
            List<Index> onTable = actual.stream().filter(i -> i.table().equals(row.table())).toList();
            Optional<Index> found = row.name().isPresent()
                    ? onTable.stream().filter(i -> i.name().equals(row.name().get())).findFirst()
                    : onTable.stream().filter(i -> i.columns().equals(row.columns())).findFirst();
            if (found.isEmpty()) {
                List<String> existing = onTable.stream().map(i -> i.name() + "(" + String.join(", ", i.columns()) + ")").toList();
                String nearest = row.name().map(n -> NearestNames.didYouMean(n, onTable.stream().map(Index::name).toList())).orElse("");
                verdict.mismatch(Mismatch.missing(row.describe(), "does not exist" + (existing.isEmpty() ? " (the table has no indexes)"
                                : nearest.isEmpty() ? " (the table has " + String.join(", ", existing) + ")" : nearest)),
                        List.of(row.table().toString(), row.name().orElse(""), String.join(", ", row.columns()), ""));
                continue;
            }
            Index index = found.get();
            List<String> problems = new ArrayList<>();
            if (!row.columns().isEmpty() && !index.columns().equals(row.columns())) {
                problems.add("columns are (" + String.join(", ", index.columns()) + "), expected (" + String.join(", ", row.columns()) + ")");
            }
            row.unique().filter(u -> u != index.unique())
                    .ifPresent(u -> problems.add(u ? "is not unique, expected unique" : "is unique, expected not unique"));
            List<String> cells = List.of(index.table().toString(), index.name(), String.join(", ", index.columns()), index.unique() ? "yes" : "no");
            if (problems.isEmpty()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs("index " + index.name() + " on " + index.table(), String.join("; ", problems)), cells);
            }
        }
        return verdict.build();
    }
}
