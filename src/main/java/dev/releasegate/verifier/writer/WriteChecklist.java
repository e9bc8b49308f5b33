package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.db.Databases;
import dev.releasegate.verifier.db.EmbeddedDatabases;
import dev.releasegate.verifier.db.EnvironmentValues;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.evidence.RowCountRecord;
import dev.releasegate.verifier.evidence.RowCountRecords;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code mvn -q verify -Dverify.write-checklist=staging}: reads the named database once, through its catalog
 * snapshot, and writes its checklist (and, when asked, its row count record) for a person to review and commit.
 */
public final class WriteChecklist {

    /** What was written, where, how long reading the database took, and how long the whole command took. */
    public record Result(WriterOptions options, ChecklistWriter.Checklist checklist, Optional<Path> record, Duration reading, Duration took) {

        /** The lines the console shows. */
        public List<String> summary() {
            List<String> lines = new ArrayList<>();
            lines.add("Wrote the checklist of \"" + options.database() + "\" to " + ChecklistFolder.show(options.folder()) + "/ ("
                    + checklist.files().size() + " files, " + checklist.scenarios() + " scenarios; database read in " + reading.toMillis()
                    + " ms, all done in " + took.toMillis() + " ms):");
            checklist.files().forEach(f -> lines.add("  %-30s %4d scenario%s".formatted(f.name(), f.scenarios(), f.scenarios() == 1 ? "" : "s")));
            record.ifPresent(r -> lines.add("Row counts recorded in " + RowCountRecords.show(r)));
            checklist.leftOut().forEach(l -> lines.add("  " + l));
            lines.add("Review it, then run it: mvn -q verify -Dcucumber.features=" + ChecklistFolder.show(options.folder()));
            return lines;
        }
    }

    private WriteChecklist() {
    }

    /** The whole command with the process's settings (system properties, environment, verifier.properties). */
    public static Result fromProcess() {
        SecretMask mask = new SecretMask();
        ChecklistBroken.maskMessagesWith(mask);
        EnvironmentValues values = EnvironmentValues.ofProcess(mask);
        DatabaseSettings settings = DatabaseSettings.ofProcess(values);
        try (EmbeddedDatabases embedded = new EmbeddedDatabases(); Databases databases = new Databases(settings, mask, embedded)) {
            return run(settings, databases, mask);
        }
    }

    /**
     * Reads the database the settings name and writes its checklist; refuses, before writing anything, to replace files.
     * The files pass through the run's mask like every file the build writes: a value equal to a password or a
     * {@code ${...}} value of this run is written as {@value SecretMask#MASK} (and said), never in clear.
     */
    public static Result run(DatabaseSettings settings, Databases databases, SecretMask mask) {
        Instant start = Instant.now();
        WriterOptions options = WriterOptions.fromSettings(settings);
        boolean replaceRecord = options.overwrite()
                || settings.setting(RowCountRecords.OVERWRITE_SETTING).map(Boolean::parseBoolean).orElse(false);
        Optional<RowCountRecords> records = options.rowCountRecord().map(r -> new RowCountRecords(
                Path.of(settings.setting(RowCountRecords.DIRECTORY_SETTING).orElse(RowCountRecords.DEFAULT_DIRECTORY)), replaceRecord));
        ChecklistFolder.refuseIfTaken(options.folder(), options.overwrite());
        if (records.isPresent() && Files.exists(records.get().file(options.rowCountRecord().get())) && !replaceRecord) {
            throw ChecklistBroken.configuration("the record \"" + options.rowCountRecord().get() + "\" already exists ("
                    + RowCountRecords.show(records.get().file(options.rowCountRecord().get())) + "): pass -D" + WriterOptions.OVERWRITE
                    + "=true to write the checklist and its record again, or name another record with -D" + WriterOptions.ROW_COUNTS);
        }
        Database database = databases.get(options.database()); // an embedded: database is built here, before the reading starts
        Instant reading = Instant.now();
        SchemaFacts facts = SchemaFacts.read(new CatalogSnapshot(database), options);
        Duration read = Duration.between(reading, Instant.now());
        ChecklistWriter.Checklist checklist = ChecklistWriter.write(facts, options).masked(mask);
        ChecklistFolder.write(options.folder(), checklist.files(), options.overwrite());
        Optional<Path> record = records.map(r -> r.write(new RowCountRecord(options.rowCountRecord().get(), options.database(),
                database.maskedUrl(), database.serverVersion(), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                String.join(", ", options.schemas()), facts.rowCounts())));
        return new Result(options, checklist, record, read, Duration.between(start, Instant.now()));
    }
}
