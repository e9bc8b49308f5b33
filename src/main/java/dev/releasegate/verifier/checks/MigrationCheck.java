package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.MigrationHistory;
import dev.releasegate.verifier.db.MigrationEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applied migrations against a list, the migration files, another database, or the expected latest version. A
 * version is written as its tool writes it: a Supabase timestamp, a Flyway version ({@code 1.1}), a Liquibase
 * change set id, a Prisma folder name ({@code 20250526210850_add_platform_architecture}, or its timestamp alone
 * when only one applied folder starts with it).
 */
public final class MigrationCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;
    private static final int NEAREST = 2;
    private static final String FLYWAY_BASELINE = "<< Flyway Baseline >>";

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
        for (String version : expected) {
            List<String> found = find(history, version);
            if (found.size() == 1) {
                verdict.ok(List.of(found.get(0), "yes"));
            } else if (found.size() > 1) {
                verdict.mismatch(Mismatch.differs("migration " + version, "names " + found.size() + " applied migrations in "
                        + database + " (" + String.join(", ", found) + "): write the whole folder name"), List.of(version, "ambiguous"));
            } else {
                verdict.mismatch(Mismatch.missing("migration " + version, "not applied in " + database + nearest(history, version)),
                        List.of(version, "no"));
            }
        }
        return verdict.build();
    }

    /**
     * The applied migrations and the folder's, as the tool identifies them (version; Liquibase: id, author and
     * file), both ways; and a file whose checksum differs from the one the tool recorded was edited after it was
     * applied (Flyway, Liquibase). A Flyway repeatable must have been applied in its current form.
     */
    public static Verdict matchesFiles(String database, MigrationHistory history, String folder, List<MigrationEntry> files) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "applied migrations in " + database + " (" + history.tool().title()
                + ") and the files in " + folder, List.of("version", "file", "applied"));
        if (files.isEmpty()) {
            return verdict.problem(Mismatch.missing("migration files", "none in " + folder + ", so nothing was compared")).build();
        }
        Map<String, MigrationEntry> fromFiles = byKey(history.tool(), files);
        Map<String, MigrationEntry> applied = byKey(history.tool(), history.applied());
        // a database baselined by Flyway has one row for every version up to the baseline; their files are not applied
        Optional<MigrationEntry> baseline = history.tool() != MigrationHistory.Tool.FLYWAY ? Optional.empty()
                : history.applied().stream().filter(e -> FLYWAY_BASELINE.equals(e.file()) && e.version() != null).reduce((a, b) -> b);
        baseline.ifPresent(b -> applied.remove(b.version()));
        // Liquibase in the changelog's order, the others by version
        Set<String> keys = history.tool() == MigrationHistory.Tool.LIQUIBASE
                ? new java.util.LinkedHashSet<>() : new TreeSet<>(MigrationHistory.VERSION_ORDER);
        keys.addAll(fromFiles.keySet());
        keys.addAll(applied.keySet());
        for (String key : keys) {
            MigrationEntry file = fromFiles.get(key);
            MigrationEntry done = applied.get(key);
            MigrationEntry either = file != null ? file : done;
            String name = name(history.tool(), either);
            String shown = either.repeatable() ? "R: " + either.description() : either.version();
            if (done == null && baseline.isPresent() && !either.repeatable()
                    && MigrationHistory.VERSION_ORDER.compare(either.version(), baseline.get().version()) <= 0) {
                verdict.ok(List.of(shown, "yes", "baseline " + baseline.get().version()));
            } else if (done == null) {
                verdict.mismatch(Mismatch.missing(name, (file.file() == null ? "file" : file.file()) + " in " + folder
                        + ", not applied in " + database), List.of(shown, "yes", "no"));
            } else if (file == null) {
                verdict.mismatch(Mismatch.unexpected(name, "applied in " + database + ", no file in " + folder),
                        List.of(shown, "no", "yes"));
            } else if (edited(file, done)) {
                verdict.mismatch(Mismatch.differs(name, (file.file() == null ? "its file" : file.file())
                        + (file.repeatable() ? " changed after it was last applied (the next migrate would run it again)"
                        : " was edited after it was applied") + ": checksum " + done.checksum() + " applied, " + file.checksum()
                        + " now"), List.of(shown, "edited", "yes"));
            } else {
                verdict.ok(List.of(shown, "yes", "yes"));
            }
        }
        return verdict.build();
    }

    /** Both databases applied the same versions. */
    public static Verdict same(String source, MigrationHistory sourceHistory, String target, MigrationHistory targetHistory) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "applied migrations in " + source + " and " + target, List.of("version", source, target));
        if (sourceHistory.versions().isEmpty() && targetHistory.versions().isEmpty()) {
            return verdict.problem(Mismatch.missing("migrations", "none applied in either database, so nothing was compared")).build();
        }
        Set<String> left = Set.copyOf(sourceHistory.versions());
        Set<String> right = Set.copyOf(targetHistory.versions());
        TreeSet<String> all = new TreeSet<>(MigrationHistory.VERSION_ORDER);
        all.addAll(left);
        all.addAll(right);
        for (String version : all) {
            List<String> cells = List.of(version, left.contains(version) ? "yes" : "no", right.contains(version) ? "yes" : "no");
            if (!right.contains(version)) {
                verdict.mismatch(Mismatch.missing("migration " + version, "applied in " + source + ", not in " + target), cells);
            } else if (!left.contains(version)) {
                verdict.mismatch(Mismatch.unexpected("migration " + version, "applied in " + target + ", not in " + source), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }

    public static Verdict latest(String database, MigrationHistory history, String expected) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "latest applied migration in " + database + " (" + history.tool().title() + ")",
                List.of("latest", "expected"));
        Optional<String> latest = history.latest();
        List<String> cells = List.of(latest.orElse("(none)"), expected);
        if (latest.isEmpty()) {
            return verdict.mismatch(Mismatch.missing("latest applied migration in " + database, "none applied, expected " + expected), cells).build();
        }
        if (!latest.get().equals(expected) && !(history.tool() == MigrationHistory.Tool.PRISMA && latest.get().startsWith(expected + "_"))) {
            return verdict.mismatch(Mismatch.differs("latest applied migration in " + database, "is " + latest.get() + ", expected " + expected),
                    cells).build();
        }
        return verdict.ok(cells).build();
    }

    /** The applied versions a listed one names: itself, or for Prisma the folders its timestamp starts. */
    private static List<String> find(MigrationHistory history, String version) {
        List<String> versions = history.versions();
        if (versions.contains(version)) {
            return List.of(version);
        }
        if (history.tool() != MigrationHistory.Tool.PRISMA) {
            return List.of();
        }
        return versions.stream().filter(v -> v.startsWith(version + "_")).distinct().toList();
    }

    /** " (nearest applied: a, b)": the applied versions just before and after, so a typo or a gap shows at once. */
    private static String nearest(MigrationHistory history, String version) {
        TreeSet<String> ordered = new TreeSet<>(MigrationHistory.VERSION_ORDER);
        ordered.addAll(history.versions());
        List<String> sorted = new ArrayList<>(ordered);
        if (sorted.isEmpty()) {
            return " (none is applied)";
        }
        int insertAt = 0;
        while (insertAt < sorted.size() && MigrationHistory.VERSION_ORDER.compare(sorted.get(insertAt), version) < 0) {
            insertAt++;
        }
        List<String> near = new ArrayList<>();
        for (int i = Math.max(0, insertAt - NEAREST); i < Math.min(sorted.size(), insertAt + NEAREST); i++) {
            near.add(sorted.get(i));
        }
        return " (nearest applied: " + String.join(", ", near) + ")";
    }

    private static Map<String, MigrationEntry> byKey(MigrationHistory.Tool tool, List<MigrationEntry> entries) {
        Map<String, MigrationEntry> keyed = new LinkedHashMap<>();
        Function<MigrationEntry, String> key = switch (tool) {
            case LIQUIBASE -> e -> e.version() + "::" + e.author() + "::" + liquibaseFile(e.file());
            default -> e -> e.repeatable() ? "\uFFFFrepeatable " + e.description() : e.version();
        };
        for (MigrationEntry entry : entries) {
            keyed.put(key.apply(entry), entry); // the last wins: a repeatable's latest application
        }
        return keyed;
    }

    /** Liquibase records the changelog path as it was given: classpath:, a leading slash and src/main/resources/ say nothing. */
    private static String liquibaseFile(String file) {
        return file == null ? "" : file.replace('\\', '/').replaceFirst("^classpath:", "").replaceFirst("^/+", "")
                .replaceFirst("^src/main/resources/", "");
    }

    private static String name(MigrationHistory.Tool tool, MigrationEntry entry) {
        if (tool == MigrationHistory.Tool.LIQUIBASE) {
            return "change set " + entry.version() + " by " + entry.author();
        }
        return entry.repeatable() ? "repeatable migration '" + entry.description() + "'" : "migration " + entry.version();
    }

    /** Checksums differ, when both sides have one of the same kind (Liquibase prefixes the checksum's version: 9:...). */
    private static boolean edited(MigrationEntry file, MigrationEntry applied) {
        if (file.checksum() == null || applied.checksum() == null) {
            return false;
        }
        String a = file.checksum();
        String b = applied.checksum();
        int colonA = a.indexOf(':');
        int colonB = b.indexOf(':');
        if (colonA > 0 && colonB > 0 && !a.substring(0, colonA).equals(b.substring(0, colonB))) {
            return false;
        }
        return !a.equals(b);
    }
}
