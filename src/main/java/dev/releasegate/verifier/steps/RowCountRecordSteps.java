package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.TableRowCounts;
import dev.releasegate.verifier.checks.Mismatch;
import dev.releasegate.verifier.checks.RecordedRowCountCheck;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.evidence.RowCountRecord;
import dev.releasegate.verifier.evidence.RowCountRecords;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts recorded in one run (a file under baselines/) and compared in a later one, when the source may be gone. */
@ReportedAs(FailureCategory.DATA_LOSS)
public final class RowCountRecordSteps {

    private final ScenarioContext context;

    public RowCountRecordSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the row counts of tables matching {pattern} in {database} are recorded as {record}")
    public void record(NamePattern pattern, String databaseName, String name) {
        Database database = context.database(databaseName);
        RowCountRecords records = records();
        records.file(name); // a bad name is refused before anything is counted
        TableRowCounts.Counted counted = count(database, pattern);
        if (counted.counts().isEmpty()) {
            context.report(Verdict.of(FailureCategory.DATA_LOSS, "row counts of tables matching " + pattern + " in " + databaseName,
                    List.of(Mismatch.missing("tables matching " + pattern, "none found in " + databaseName + ", so nothing was recorded"))));
            return;
        }
        context.evidence().query("row counts in " + databaseName, counted.query());
        RowCountRecord record = new RowCountRecord(name, databaseName, database.maskedUrl(), database.serverVersion(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), pattern.toString(), counted.counts());
        Path file = records.write(record);
        context.evidence().text("record " + name + " written to " + RowCountRecords.show(file), record.toJson());
    }

    @Then("the row counts of tables matching {pattern} in {database} equal the record {record}")
    public void equalRecord(NamePattern pattern, String databaseName, String name) {
        RowCountRecords.Stored stored = records().read(name,
                "When the row counts of tables matching \"" + pattern + "\" in \"<database>\" are recorded as \"" + name + "\"");
        RowCountRecord record = stored.record();
        context.evidence().text("record " + name + ": " + RowCountRecords.show(stored.file()) + ", recorded " + record.recordedAt()
                + " from " + record.database(), "file: " + RowCountRecords.show(stored.file()) + "\nrecorded at: " + record.recordedAt()
                + "\ndatabase: " + record.database() + " (" + record.maskedUrl() + "), server " + record.serverVersion()
                + "\ntables: " + record.tables() + "\n\n" + record.toJson());
        Database database = context.database(databaseName);
        TableRowCounts.Counted counted = count(database, pattern);
        if (counted.query() != null) {
            context.evidence().query("row counts in " + databaseName, counted.query());
        }
        Map<QualifiedName, Long> recorded = new LinkedHashMap<>();
        record.counts().forEach((table, n) -> {
            if (pattern.matches(table)) {
                recorded.put(table, n);
            }
        });
        context.report(RecordedRowCountCheck.equal(name + " (" + record.database() + ", " + record.recordedAt() + ")", recorded,
                databaseName, counted.counts(), "matching " + pattern));
    }

    private TableRowCounts.Counted count(Database database, NamePattern pattern) {
        List<QualifiedName> tables = context.catalog(database).tablesMatching(pattern).stream().map(Relation::name).toList();
        return TableRowCounts.count(database, tables);
    }

    private RowCountRecords records() {
        var settings = context.run().settings();
        Path directory = Path.of(settings.setting(RowCountRecords.DIRECTORY_SETTING).orElse(RowCountRecords.DEFAULT_DIRECTORY));
        boolean overwrite = settings.setting(RowCountRecords.OVERWRITE_SETTING).map(Boolean::parseBoolean).orElse(false);
        return new RowCountRecords(directory, overwrite);
    }
}
