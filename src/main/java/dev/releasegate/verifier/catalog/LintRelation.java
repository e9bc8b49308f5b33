package dev.releasegate.verifier.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A table, partition, view, materialized view or foreign table as the database linter sees it: its row level
 * security, whether an extension owns it, its storage options, what the API roles may select (empty where the
 * role does not exist), whether it reads {@code auth.users}, whether the verifier's own role sees every row (no row
 * level security applies to it there), and the planner's size figures for bloat.
 */
public record LintRelation(QualifiedName name, char relkind, boolean rowSecurity, boolean extensionOwned, List<String> options,
                           Optional<Boolean> anonCanSelect, Optional<Boolean> authenticatedCanSelect,
                           Optional<Boolean> anonCanSelectAColumn, Optional<Boolean> authenticatedCanSelectAColumn,
                           boolean readsAuthUsers, boolean everyRowVisible, Size size) {

    public LintRelation {
        options = List.copyOf(options);
    }

    /**
     * Pages and rows as the planner last counted them, the page size, whether the table is stored as heap, and
     * from pg_stats (empty before the first ANALYZE): the average width of a row's data, the highest fraction of
     * nulls in a column, and how many columns hold nulls.
     */
    public record Size(long pages, double rows, int blockSize, boolean heap, Optional<Double> dataWidth, double maxNullFraction,
                       int nullableColumns) {
    }

    /** An ordinary table or a partition (relkind r), the only kind most lints look at. */
    public boolean isOrdinaryTable() {
        return relkind == 'r';
    }

    /** A storage option as set, lower-cased ({@code security_invoker=true}); what the option's value is, if set. */
    public Optional<String> option(String name) {
        String prefix = name + "=";
        return options.stream().filter(o -> o.toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
                .map(o -> o.substring(prefix.length()).toLowerCase(java.util.Locale.ROOT)).findFirst();
    }
}
