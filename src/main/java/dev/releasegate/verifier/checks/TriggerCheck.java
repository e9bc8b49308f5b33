package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Trigger;
import dev.releasegate.verifier.catalog.TriggerEvent;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Triggers exist as written, and the triggers of a set of tables all fire. */
public final class TriggerCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private static final List<String> HEADER = List.of("table", "trigger", "timing", "events", "function", "enabled");

    private TriggerCheck() {
    }

    public static Verdict exist(List<TriggerExpectation> expected, Collection<Trigger> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "triggers in " + database, HEADER);
        for (TriggerExpectation row : expected) {
            Optional<Trigger> found = actual.stream().filter(t -> t.table().equals(row.table()) && t.name().equals(row.name())).findFirst();
            String object = "trigger " + row.name() + " on " + row.table();
            if (found.isEmpty()) {
                List<String> onTable = actual.stream().filter(t -> t.table().equals(row.table())).map(Trigger::name).toList();
                String nearest = NearestNames.didYouMean(row.name(), onTable);
                verdict.mismatch(Mismatch.missing(object, "does not exist" + (onTable.isEmpty() ? " (the table has no triggers)"
                                : nearest.isEmpty() ? " (the table has " + String.join(", ", onTable) + ")" : nearest)),
                        List.of(row.table().toString(), row.name(), "", "", "", ""));
                continue;
            }
            Trigger t = found.get();
            List<String> problems = new ArrayList<>();
            row.timing().filter(x -> x != t.timing()).ifPresent(x -> problems.add("timing is " + t.timing() + ", expected " + x));
            row.events().filter(e -> !e.equals(t.events())).ifPresent(e -> problems.add("events are " + TriggerEvent.describe(t.events())
                    + ", expected " + TriggerEvent.describe(e)));
            row.function().filter(f -> !f.equals(t.function())).ifPresent(f -> problems.add("function is " + function(t.function())
                    + ", expected " + function(f)));
            row.enabled().filter(e -> e != t.enabled()).ifPresent(e -> problems.add(e ? "is " + t.state() + ", expected enabled"
                    : "is enabled, expected disabled"));
            List<String> cells = cells(t);
            if (problems.isEmpty()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs(object, String.join("; ", problems)), cells);
            }
        }
        return verdict.build();
    }

    /** Every trigger on the tables fires for the application (tgenabled O or A). */
    public static Verdict everyEnabled(String scope, Collection<QualifiedName> tables, Collection<Trigger> actual, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "triggers on tables " + scope + " in " + database, HEADER);
        List<Trigger> triggers = actual.stream().filter(t -> tables.contains(t.table())).toList();
        if (triggers.isEmpty()) {
            return verdict.problem(Mismatch.missing("triggers on tables " + scope, tables.isEmpty()
                    ? "no table matches, so no trigger could be checked" : "none found, so none could be checked")).build();
        }
        for (Trigger t : triggers) {
            if (t.enabled()) {
                verdict.ok(cells(t));
            } else {
                verdict.mismatch(Mismatch.differs("trigger " + t.name() + " on " + t.table(), "is " + t.state()), cells(t));
            }
        }
        return verdict.build();
    }

    private static List<String> cells(Trigger t) {
        return List.of(t.table().toString(), t.name(), t.timing().toString(), TriggerEvent.describe(t.events()), function(t.function()),
                t.enabled() ? "yes" : "no");
    }

    private static String function(QualifiedName name) {
        return name + "()";
    }
}
