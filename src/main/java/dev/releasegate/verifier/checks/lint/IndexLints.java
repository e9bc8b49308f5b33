package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.LintForeignKey;
import dev.releasegate.verifier.catalog.LintIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lints about indexes and the keys that need them: unindexed, unused, duplicate and invalid indexes, keys into auth. */
final class IndexLints {

    private IndexLints() {
    }

    /** A key is covered by a valid index whose leading columns are the key's columns in the key's order. */
    static List<Finding> unindexedForeignKeys(LintInput in) {
        List<Finding> out = new ArrayList<>();
        for (LintForeignKey fk : in.facts.foreignKeys()) {
            if (LintInput.platform(fk.table().schema()) || fk.tableExtensionOwned() || covered(fk, in.indexesOn(fk.table()))) {
                continue;
            }
            String columns = "(" + String.join(", ", fk.columns()) + ")";
            out.add(in.finding(Lint.UNINDEXED_FOREIGN_KEYS, in.table(fk.table()), "foreign key " + fk.name() + " " + columns + " -> "
                    + in.display(fk.referencedTable()), in.display(fk.table()) + " " + columns));
        }
        return out;
    }

    static boolean covered(LintForeignKey fk, List<LintIndex> indexes) {
        int n = fk.columnNumbers().size();
        return indexes.stream().filter(LintIndex::valid)
                .anyMatch(i -> i.columnNumbers().size() >= n && i.columnNumbers().subList(0, n).equals(fk.columnNumbers()));
    }

    static List<Finding> unusedIndex(LintInput in) {
        return in.facts.indexes().stream().filter(i -> i.scans().map(s -> s == 0).orElse(false)).filter(i -> !i.unique() && !i.primary())
                .filter(i -> !i.tableExtensionOwned()).filter(i -> !LintInput.platform(i.table().schema()))
                .map(i -> in.finding(Lint.UNUSED_INDEX, in.table(i.table()).alsoNamed(List.of(i.qualifiedName())),
                        "index " + i.name() + " has never been scanned", in.display(i.qualifiedName()))).toList();
    }

    /** Indexes of one table with the same shape: all but their names alike (splinter compares pg_get_indexdef without the name). */
    static List<Finding> duplicateIndex(LintInput in) {
        Map<String, List<LintIndex>> groups = new LinkedHashMap<>();
        for (LintIndex i : in.facts.indexes()) {
            if ((i.tableRelkind() == 'r' || i.tableRelkind() == 'm') && !i.tableExtensionOwned() && !LintInput.platform(i.table().schema())) {
                groups.computeIfAbsent(i.table().schema() + "\u0000" + i.table().name() + "\u0000" + i.shape(),
                        k -> new ArrayList<>()).add(i);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<LintIndex> same : groups.values()) {
            if (same.size() > 1) {
                List<String> names = same.stream().map(LintIndex::name).sorted().toList();
                out.add(in.finding(Lint.DUPLICATE_INDEX, in.table(same.get(0).table()).alsoNamed(same.stream().map(LintIndex::qualifiedName).toList()),
                        "identical indexes " + String.join(", ", names), String.join(", ", names)));
            }
        }
        return out;
    }

    /** An index left invalid, not one being dropped (not live) and not the parent index of a partitioned table. */
    static List<Finding> invalidIndex(LintInput in) {
        return in.facts.indexes().stream().filter(i -> !i.valid() && i.live() && i.relkind() == 'i').filter(i -> !i.tableExtensionOwned())
                .filter(i -> !LintInput.platform(i.table().schema()))
                .map(i -> in.finding(Lint.INVALID_INDEX, in.table(i.table()).alsoNamed(List.of(i.qualifiedName())), "index " + i.name()
                        + " is invalid", in.display(i.qualifiedName()))).toList();
    }

    static List<Finding> fkeyToAuthUnique(LintInput in) {
        return in.facts.foreignKeys().stream().filter(fk -> fk.referencedTable().schema().equals("auth"))
                .filter(fk -> fk.referencedIndexUnique().orElse(false) && !fk.referencedIndexPrimary().orElse(false))
                .map(fk -> in.finding(Lint.FKEY_TO_AUTH_UNIQUE, in.table(fk.table()), "foreign key " + fk.name() + " ("
                        + String.join(", ", fk.columns()) + ") -> " + in.display(fk.referencedTable()) + " references a unique constraint",
                        fk.name() + " on " + in.display(fk.table()))).toList();
    }
}
