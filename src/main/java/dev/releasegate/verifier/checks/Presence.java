package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Absence;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the tables and columns an item is about exist, decided here for every sentence and said one way: an item
 * about something that is not there is false (the schema drifted), never skipped and never an error.
 */
public final class Presence {

    private Presence() {
    }

    /** The false verdict when anything is absent, else empty (the item can go on to be checked). */
    public static Optional<Verdict> require(String subject, Absence... absences) {
        List<Mismatch> missing = new ArrayList<>();
        for (Absence absence : absences) {
            if (absence.tableMissing()) {
                List<String> tables = absence.tablesPresent().stream().map(QualifiedName::toString).toList();
                missing.add(Mismatch.missing("table " + absence.table(), "does not exist in " + absence.database()
                        + NearestNames.didYouMean(absence.table().toString(), tables)));
            }
            absence.missingColumns().forEach(c -> missing.add(Mismatch.missing("column " + absence.table() + "." + c,
                    "does not exist in " + absence.database() + NearestNames.didYouMean(c, absence.columnsPresent()))));
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(Verdict.of(FailureCategory.SCHEMA_DRIFT, subject, missing));
    }
}
