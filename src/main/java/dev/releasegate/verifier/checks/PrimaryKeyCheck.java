package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every table of a set has a primary key. */
public final class PrimaryKeyCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private PrimaryKeyCheck() {
    }

    public static Verdict everyHasOne(String scope, List<QualifiedName> tables, Collection<Index> indexes, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "primary keys of tables " + scope + " in " + database, List.of("table", "primary key"));
        if (tables.isEmpty()) {
            verdict.problem(Mismatch.missing("tables " + scope, "none found, so no primary key could be checked"));
        }
        for (QualifiedName table : tables) {
            Optional<Index> pk = indexes.stream().filter(i -> i.table().equals(table) && i.primary()).findFirst();
            if (pk.isPresent()) {
                verdict.ok(List.of(table.toString(), String.join(", ", pk.get().columns())));
            } else {
                verdict.mismatch(Mismatch.missing("table " + table, "has no primary key"), List.of(table.toString(), ""));
            }
        }
        return verdict.build();
    }

    /** The table's primary key is exactly these columns, in this order (pgTAP's col_is_pk). */
    public static Verdict is(QualifiedName table, List<String> expected, List<String> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "primary key of " + table + " in " + database,
                List.of("table", "primary key", "expected"));
        List<String> cells = List.of(table.toString(), String.join(", ", actual), String.join(", ", expected));
        if (actual.equals(expected)) {
            return verdict.ok(cells).build();
        }
        return verdict.mismatch(actual.isEmpty() ? Mismatch.missing("table " + table, "has no primary key, expected ("
                + String.join(", ", expected) + ")") : Mismatch.differs("table " + table, "primary key is (" + String.join(", ", actual)
                + "), expected (" + String.join(", ", expected) + ")"), cells).build();
    }
}
