package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Whether tables and views exist, do not exist, or are exactly a given set. */
public final class RelationExistence {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private RelationExistence() {
    }

    /**
     * Each expected relation exists with the expected kind ("table" or "view"). {@code actual} may hold every relation
     * of the database: a name that is missing is answered with the nearest of them.
     */
    public static Verdict exist(String kind, List<QualifiedName> expected, Collection<Relation> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, kind + "s in " + database, List.of(kind, "exists"));
        for (QualifiedName name : expected) {
            Relation found = actual.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                verdict.mismatch(Mismatch.missing(kind + " " + name, "does not exist" + NearestNames.didYouMean(name.toString(),
                        actual.stream().map(r -> r.name().toString()).toList())), List.of(name.toString(), "no"));
            } else if (!kindWord(found).equals(kind)) {
                verdict.mismatch(Mismatch.differs(kind + " " + name, "is a " + kindWord(found) + ", expected a " + kind),
                        List.of(name.toString(), kindWord(found)));
            } else {
                verdict.ok(List.of(name.toString(), "yes"));
            }
        }
        return verdict.build();
    }

    public static Verdict absent(String kind, QualifiedName name, Collection<Relation> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, kind + " " + name + " in " + database, List.of(kind, "exists"));
        boolean present = actual.stream().anyMatch(r -> r.name().equals(name));
        if (present) {
            verdict.mismatch(Mismatch.unexpected(kind + " " + name, "exists, expected it not to"), List.of(name.toString(), "yes"));
        } else {
            verdict.ok(List.of(name.toString(), "no"));
        }
        return verdict.build();
    }

    /** The tables matched (by a pattern or a schema) are exactly the expected ones: missing and unexpected both reported. */
    public static Verdict exactly(String scope, List<QualifiedName> expected, Collection<QualifiedName> matched, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "tables " + scope + " in " + database, List.of("table", "expected", "found"));
        Set<QualifiedName> all = new TreeSet<>(expected);
        all.addAll(matched);
        for (QualifiedName name : all) {
            boolean wanted = expected.contains(name);
            boolean found = matched.contains(name);
            List<String> cells = List.of(name.toString(), wanted ? "yes" : "no", found ? "yes" : "no");
            if (wanted && !found) {
                verdict.mismatch(Mismatch.missing("table " + name, "does not exist" + NearestNames.didYouMean(name.toString(),
                        matched.stream().filter(m -> !expected.contains(m)).map(QualifiedName::toString).toList())), cells);
            } else if (!wanted) {
                verdict.mismatch(Mismatch.unexpected("table " + name, "exists but is not in the list"), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }

    public static Verdict count(long expected, NamePattern pattern, Collection<QualifiedName> matched, String database) {
        String names = matched.stream().sorted().map(QualifiedName::toString).collect(Collectors.joining(", "));
        String subject = "tables matching " + pattern + " in " + database;
        if (matched.size() == expected) {
            return Verdict.pass(CATEGORY, subject, new ComparisonTable(List.of("tables", "count"), List.of(
                    new ComparisonTable.Row(ComparisonTable.OK, List.of(names, String.valueOf(matched.size()))))));
        }
        return Verdict.of(CATEGORY, subject, List.of(Mismatch.differs("tables matching " + pattern,
                matched.size() + " found, expected " + expected + (names.isEmpty() ? "" : " (" + names + ")"))));
    }

    static String kindWord(Relation relation) {
        return switch (relation.kind()) {
            case TABLE -> "table";
            case VIEW -> "view";
            case MATERIALIZED_VIEW -> "materialized view";
            case FOREIGN_TABLE -> "foreign table";
        };
    }
}
