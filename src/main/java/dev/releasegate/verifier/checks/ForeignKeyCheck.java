package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Foreign keys exist with the expected rules; every or no key of a set has a delete rule. */
public final class ForeignKeyCheck {

    private static final List<String> HEADER = List.of("foreign key", "on delete", "on update", "expected");

    private ForeignKeyCheck() {
    }

    /** Every key a row identifies must exist (at least one) and have the row's rules. */
    public static Verdict exist(List<ForeignKeyExpectation> expected, Collection<ForeignKey> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(FailureCategory.SCHEMA_DRIFT, "foreign keys in " + database, HEADER);
        for (ForeignKeyExpectation row : expected) {
            List<ForeignKey> matching = actual.stream().filter(row::identifies).toList();
            String wanted = rules(row.onDelete(), row.onUpdate());
            if (matching.isEmpty()) {
                verdict.mismatch(Mismatch.missing(row.describe(), "no such foreign key" + otherKeys(row, actual)),
                        List.of(row.describe(), "", "", wanted));
                continue;
            }
            for (ForeignKey key : matching) {
                List<String> problems = new ArrayList<>();
                row.onDelete().filter(r -> r != key.onDelete())
                        .ifPresent(r -> problems.add("on delete is " + key.onDelete() + ", expected " + r));
                row.onUpdate().filter(r -> r != key.onUpdate())
                        .ifPresent(r -> problems.add("on update is " + key.onUpdate() + ", expected " + r));
                List<String> cells = List.of(key.describe(), key.onDelete().words(), key.onUpdate().words(), wanted);
                if (problems.isEmpty()) {
                    verdict.ok(cells);
                } else {
                    verdict.mismatch(Mismatch.differs(key.describe(), String.join("; ", problems)), cells);
                }
            }
        }
        return verdict.build();
    }

    private static String otherKeys(ForeignKeyExpectation row, Collection<ForeignKey> actual) {
        List<String> fromTable = actual.stream().filter(k -> k.table().equals(row.table())).map(ForeignKey::describe).toList();
        return fromTable.isEmpty() ? " (" + row.table() + " has no foreign keys)" : " (" + row.table() + " has " + String.join(", ", fromTable) + ")";
    }

    private static String rules(Optional<ForeignKeyRule> onDelete, Optional<ForeignKeyRule> onUpdate) {
        List<String> parts = new ArrayList<>();
        onDelete.ifPresent(r -> parts.add("on delete " + r));
        onUpdate.ifPresent(r -> parts.add("on update " + r));
        return String.join(", ", parts);
    }

    /** Every key in the set has the rule; an empty set fails, since a checklist never means "nothing to check". */
    public static Verdict everyHasDeleteRule(String scope, List<ForeignKey> keys, ForeignKeyRule rule, String database) {
        Verdict.Builder verdict = new Verdict.Builder(FailureCategory.DATA_LOSS, "foreign keys " + scope + " in " + database, HEADER);
        if (keys.isEmpty()) {
            return verdict.problem(Mismatch.missing("foreign keys " + scope, "there are none, so no delete rule could be checked")).build();
        }
        for (ForeignKey key : keys) {
            List<String> cells = List.of(key.describe(), key.onDelete().words(), key.onUpdate().words(), "on delete " + rule);
            if (key.onDelete() == rule) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs(key.describe(), "on delete is " + key.onDelete() + ", expected " + rule), cells);
            }
        }
        return verdict.build();
    }

    /** An allowed exception to "no foreign key ... has delete rule": a table, and optionally its columns. */
    public record Exception(QualifiedName table, List<String> columns) {
        boolean covers(ForeignKey key) {
            return key.table().equals(table) && (columns.isEmpty() || key.columns().equals(columns));
        }

        String describe() {
            return table + (columns.isEmpty() ? "" : "." + String.join(", ", columns));
        }
    }

    /** No key in the set has the rule, except the listed ones; an exception that matches no key is reported as stale. */
    public static Verdict noneHasDeleteRule(String scope, List<ForeignKey> keys, ForeignKeyRule rule,
                                            List<Exception> exceptions, String database) {
        Verdict.Builder verdict = new Verdict.Builder(FailureCategory.DATA_LOSS, "foreign keys " + scope + " in " + database, HEADER);
        if (keys.isEmpty()) {
            return verdict.problem(Mismatch.missing("foreign keys " + scope, "there are none, so no delete rule could be checked")).build();
        }
        for (ForeignKey key : keys) {
            boolean excepted = exceptions.stream().anyMatch(e -> e.covers(key));
            List<String> cells = List.of(key.describe(), key.onDelete().words(), key.onUpdate().words(),
                    "not " + rule);
            if (excepted) {
                verdict.excepted(cells);
            } else if (key.onDelete() == rule) {
                verdict.mismatch(Mismatch.differs(key.describe(), "on delete is " + rule + ", which no key " + scope + " may have"), cells);
            } else {
                verdict.ok(cells);
            }
        }
        for (Exception exception : exceptions) {
            if (keys.stream().noneMatch(k -> exception.covers(k) && k.onDelete() == rule)) {
                verdict.staleException(exception.describe(), "no foreign key " + scope + " there has delete rule " + rule);
            }
        }
        return verdict.build();
    }
}
