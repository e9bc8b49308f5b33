package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.Index;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every foreign key is covered by an index: one whose leading key columns are the key's columns, in any order,
 * and that has no WHERE clause, so that deleting or updating a referenced row need not scan the referencing table.
 */
public final class ForeignKeyIndexCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private ForeignKeyIndexCheck() {
    }

    public static Verdict everyCovered(String scope, Collection<ForeignKey> keys, Collection<Index> indexes, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "indexes behind foreign keys " + scope + " in " + database,
                List.of("foreign key", "columns", "index"));
        if (keys.isEmpty()) {
            return verdict.problem(Mismatch.missing("foreign keys " + scope, "none found, so no index could be checked")).build();
        }
        for (ForeignKey key : keys) {
            Optional<Index> covering = indexes.stream().filter(i -> covers(i, key)).findFirst();
            String columns = String.join(", ", key.columns());
            if (covering.isPresent()) {
                verdict.ok(List.of(key.describe(), columns, covering.get().name()));
            } else {
                verdict.mismatch(Mismatch.missing(key.describe(), "no index on (" + columns + ")"), List.of(key.describe(), columns, ""));
            }
        }
        return verdict.build();
    }

    static boolean covers(Index index, ForeignKey key) {
        int n = key.columns().size();
        if (!index.table().equals(key.table()) || index.predicate() != null || index.columns().size() < n) {
            return false;
        }
        Set<String> leading = new HashSet<>();
        index.columns().subList(0, n).forEach(c -> leading.add(unquote(c)));
        return leading.equals(Set.copyOf(key.columns()));
    }

    /** pg_get_indexdef quotes a column name that needs it ("Amount"); the foreign key's names are bare. */
    private static String unquote(String column) {
        if (column.length() >= 2 && column.startsWith("\"") && column.endsWith("\"")) {
            return column.substring(1, column.length() - 1).replace("\"\"", "\"");
        }
        return column;
    }
}
