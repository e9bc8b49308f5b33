package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.MigrationHistory;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Applied migrations against a list, the migration files, another database, or the expected latest version. */
public final class MigrationCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private MigrationCheck() {
    }

    /** When no history table exists: the step fails and says which tables it looked for. */
    public static Verdict noHistory(String database) {
        return Verdict.of(CATEGORY, "applied migrations in " + database, List.of(Mismatch.missing("migration history",
                "no history table in " + database + ": looked for " + Arrays.stream(MigrationHistory.Tool.values())
                        .map(t -> t.table() + " (" + t.title() + ")").collect(Collectors.joining(", ")))));
    }

    /** Every listed version is applied; applied versions not listed are fine. */
    public static Verdict applied(String database, MigrationHistory history, List<String> expected) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "applied migrations in " + database + " (" + history.tool().title() + ")",
                List.of("version", "applied"));
        if (expected.isEmpty()) {
            return verdict.problem(Mismatch.missing("migrations", "the list is empty, so nothing was checked")).build();
        }
        Set<String> applied = Set.copyOf(history.versions());
        for (String version : expected) {
            if (applied.contains(version)) {
                verdict.ok(List.of(version, "yes"));
            } else {
                verdict.mismatch(Mismatch.missing("migration " + version, "not applied in " + database), List.of(version, "no"));
            }
        }
        return verdict.build();
    }

    /** Applied versions and file versions are the same set. */
    public static Verdict matchesFiles(String database, MigrationHistory history, String folder, Collection<String> files) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "applied migrations in " + database + " (" + history.tool().title()
                + ") and the files in " + folder, List.of("version", "file", "applied"));
        if (files.isEmpty()) {
            return verdict.problem(Mismatch.missing("migration files", "none in " + folder + ", so nothing was compared")).build();
        }
        return compare(verdict, Set.copyOf(files), Set.copyOf(history.versions()),
                v -> Mismatch.missing("migration " + v, "file in " + folder + ", not applied in " + database),
                v -> Mismatch.unexpected("migration " + v, "applied in " + database + ", no file in " + folder));
    }

    /** Both databases applied the same versions. */
    public static Verdict same(String source, MigrationHistory sourceHistory, String target, MigrationHistory targetHistory) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "applied migrations in " + source + " and " + target, List.of("version", source, target));
        if (sourceHistory.versions().isEmpty() && targetHistory.versions().isEmpty()) {
            return verdict.problem(Mismatch.missing("migrations", "none applied in either database, so nothing was compared")).build();
        }
        return compare(verdict, Set.copyOf(sourceHistory.versions()), Set.copyOf(targetHistory.versions()),
                v -> Mismatch.missing("migration " + v, "applied in " + source + ", not in " + target),
                v -> Mismatch.unexpected("migration " + v, "applied in " + target + ", not in " + source));
    }

    public static Verdict latest(String database, MigrationHistory history, String expected) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "latest applied migration in " + database + " (" + history.tool().title() + ")",
                List.of("latest", "expected"));
        Optional<String> latest = history.latest();
        List<String> cells = List.of(latest.orElse("(none)"), expected);
        if (latest.isEmpty()) {
            return verdict.mismatch(Mismatch.missing("latest applied migration in " + database, "none applied, expected " + expected), cells).build();
        }
        if (!latest.get().equals(expected)) {
            return verdict.mismatch(Mismatch.differs("latest applied migration in " + database, "is " + latest.get() + ", expected " + expected),
                    cells).build();
        }
        return verdict.ok(cells).build();
    }

    private static Verdict compare(Verdict.Builder verdict, Set<String> left, Set<String> right,
                                   java.util.function.Function<String, Mismatch> onlyLeft, java.util.function.Function<String, Mismatch> onlyRight) {
        TreeSet<String> all = new TreeSet<>(MigrationHistory.VERSION_ORDER);
        all.addAll(left);
        all.addAll(right);
        for (String version : all) {
            List<String> cells = List.of(version, left.contains(version) ? "yes" : "no", right.contains(version) ? "yes" : "no");
            if (!right.contains(version)) {
                verdict.mismatch(onlyLeft.apply(version), cells);
            } else if (!left.contains(version)) {
                verdict.mismatch(onlyRight.apply(version), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }
}
