package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.TableRowCounts;
import dev.releasegate.verifier.checks.RecordedRowCountCheck;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.evidence.RowCountRecord;
import dev.releasegate.verifier.evidence.RowCountRecords;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts recorded in one run (a file under baselines/) and compared in a later one, when the source may be gone. */
public final class RowCountRecordSteps {

    private final ScenarioContext context;

    public RowCountRecordSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the row counts of tables matching {pattern} in {database} are recorded as {record}")
    public void record(NamePattern pattern, String database, String name) {
        RowCountRecords records = records();
        records.file(name); // a bad name is refused before anything is counted
        TableRowCounts.Counted counted = count(database, pattern);
        RecordedRowCountCheck.nothingToRecord("matching " + pattern, database, counted.counts())
                .ifPresentOrElse(context::report, () -> write(records, name, context.database(database), pattern, counted.counts()));
    }

    private void write(RowCountRecords records, String name, Database database, NamePattern pattern, Map<QualifiedName, Long> counts) {
        RowCountRecord record = new RowCountRecord(name, database.name(), database.maskedUrl(), database.serverVersion(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), pattern.toString(), counts);
        Path file = records.write(record);
        context.evidence().text("record " + name + " written to " + RowCountRecords.show(file), record.toJson());
    }

    @Then("the row counts of tables matching {pattern} in {database} equal the record {record}")
    public void equalRecord(NamePattern pattern, String database, String name) {
        RowCountRecord record = shown(records().read(name,
                "When the row counts of tables matching \"" + pattern + "\" in \"<database>\" are recorded as \"" + name + "\""));
        context.report(RecordedRowCountCheck.equal(name + " (" + record.database() + ", " + record.recordedAt() + ")",
                recordedMatching(record, pattern), database, count(database, pattern).counts(), "matching " + pattern));
    }

    private static Map<QualifiedName, Long> recordedMatching(RowCountRecord record, NamePattern pattern) {
        Map<QualifiedName, Long> recorded = new LinkedHashMap<>();
        record.counts().forEach((table, n) -> {
            if (pattern.matches(table)) {
                recorded.put(table, n);
            }
        });
        return recorded;
    }

    /** The record, with where it came from as evidence. */
    private RowCountRecord shown(RowCountRecords.Stored stored) {
        RowCountRecord record = stored.record();
        context.evidence().text("record " + record.name() + ": " + RowCountRecords.show(stored.file()) + ", recorded " + record.recordedAt()
                + " from " + record.database(), "file: " + RowCountRecords.show(stored.file()) + "\nrecorded at: " + record.recordedAt()
                + "\ndatabase: " + record.database() + " (" + record.maskedUrl() + "), server " + record.serverVersion()
                + "\ntables: " + record.tables() + "\n\n" + record.toJson());
        return record;
    }

    private TableRowCounts.Counted count(String name, NamePattern pattern) {
        Database database = context.database(name);
        TableRowCounts.Counted counted = TableRowCounts.count(database, context.catalog(database).tableNamesMatching(pattern));
        context.evidence().queries("row counts in " + name, counted.queries());
        return counted;
    }

    private RowCountRecords records() {
        var settings = context.run().settings();
        Path directory = Path.of(settings.setting(RowCountRecords.DIRECTORY_SETTING).orElse(RowCountRecords.DEFAULT_DIRECTORY));
        boolean overwrite = settings.setting(RowCountRecords.OVERWRITE_SETTING).map(Boolean::parseBoolean).orElse(false);
        return new RowCountRecords(directory, overwrite);
    }
}
