package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Row level security is enabled (or forced) on tables. */
public final class RowLevelSecurityCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private RowLevelSecurityCheck() {
    }

    public static Verdict enabled(String scope, List<QualifiedName> tables, Collection<Relation> actual, boolean forced, String database) {
        return enabled(scope, tables, actual, forced, List.of(), database);
    }

    /** As {@link #enabled}, where the excepted tables may lack it: they are shown as excepted, and reported when they excuse nothing. */
    public static Verdict enabled(String scope, List<QualifiedName> tables, Collection<Relation> actual, boolean forced,
                                  List<QualifiedName> excepted, String database) {
        String flag = forced ? "forced" : "enabled";
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "row level security on " + scope + " in " + database,
                List.of("table", "enabled", "forced"));
        if (tables.isEmpty()) {
            return verdict.problem(Mismatch.missing(scope, "none found, so row level security could not be checked")).build();
        }
        for (QualifiedName name : tables) {
            Optional<Relation> table = actual.stream().filter(r -> r.name().equals(name)).findFirst();
            if (table.isEmpty()) {
                verdict.mismatch(Mismatch.missing("table " + name, "does not exist" + NearestNames.didYouMean(name.toString(),
                        actual.stream().map(r -> r.name().toString()).toList())), List.of(name.toString(), "", ""));
                continue;
            }
            Relation r = table.get();
            List<String> cells = List.of(name.toString(), yesNo(r.rowSecurity()), yesNo(r.rowSecurityForced()));
            boolean holds = forced ? r.rowSecurityForced() : r.rowSecurity();
            if (excepted.contains(name)) {
                verdict.excepted(cells);
            } else if (holds) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs("table " + name, "row level security is not " + flag), cells);
            }
        }
        for (QualifiedName exception : excepted) {
            if (!tables.contains(exception)) {
                verdict.staleException(exception.toString(), "it is not among the tables " + scope);
            } else if (actual.stream().anyMatch(r -> r.name().equals(exception) && (forced ? r.rowSecurityForced() : r.rowSecurity()))) {
                verdict.staleException(exception.toString(), "row level security is " + flag + " on it");
            }
        }
        return verdict.build();
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
