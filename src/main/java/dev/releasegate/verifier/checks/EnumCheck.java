package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.EnumType;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** An enum has exactly the expected labels, in the expected order. */
public final class EnumCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private static final List<String> HEADER = List.of("position", "expected", "actual");

    private EnumCheck() {
    }

    public static Verdict hasLabels(QualifiedName name, List<String> expected, Collection<EnumType> enums, String database) {
        String subject = "labels of enum " + name + " in " + database;
        String object = "enum " + name;
        Optional<EnumType> found = enums.stream().filter(e -> e.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            List<String> inSchema = enums.stream().filter(e -> e.name().schema().equals(name.schema())).map(e -> e.name().toString()).toList();
            String nearest = NearestNames.didYouMean(name.toString(), enums.stream().map(e -> e.name().toString()).toList());
            String hint = !nearest.isEmpty() ? nearest : inSchema.isEmpty() ? " (schema " + name.schema() + " has no enums)"
                    : " (enums in " + name.schema() + ": " + String.join(", ", inSchema) + ")";
            return Verdict.of(CATEGORY, subject, List.of(Mismatch.missing(object, "does not exist" + hint)));
        }
        List<String> actual = found.get().labels();
        List<Mismatch> mismatches = new ArrayList<>();
        expected.stream().filter(l -> !actual.contains(l))
                .forEach(l -> mismatches.add(Mismatch.missing(object, "label " + l + " is missing")));
        actual.stream().filter(l -> !expected.contains(l))
                .forEach(l -> mismatches.add(Mismatch.unexpected(object, "label " + l + " is not in the list")));
        List<String> commonExpected = expected.stream().filter(actual::contains).toList();
        List<String> commonActual = actual.stream().filter(expected::contains).toList();
        if (!commonExpected.equals(commonActual)) {
            mismatches.add(Mismatch.differs(object, "labels are in the order " + String.join(", ", commonActual)
                    + ", expected " + String.join(", ", commonExpected)));
        }
        List<ComparisonTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "";
            String a = i < actual.size() ? actual.get(i) : "";
            String mark = e.equals(a) ? ComparisonTable.OK : e.isEmpty() ? "unexpected" : a.isEmpty() ? "missing" : "differs";
            rows.add(new ComparisonTable.Row(mark, List.of(String.valueOf(i + 1), e, a)));
        }
        return new Verdict(CATEGORY, subject, mismatches, new ComparisonTable(HEADER, rows));
    }
}
