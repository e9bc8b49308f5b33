package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.MigrationHistory;
import dev.releasegate.verifier.catalog.MigrationHistoryReader;
import dev.releasegate.verifier.checks.MigrationCheck;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.MigrationLayout;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Optional;

/** Migrations: what the migration tool's history table says was applied. */
public final class MigrationSteps {

    private final ScenarioContext context;

    public MigrationSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these migrations are applied:")
    public void applied(Listed.Versions versions) {
        List<String> expected = versions.versions();
        history(context.database()).ifPresent(h -> context.report(MigrationCheck.applied(context.database().name(), h, expected)));
    }

    /** The folder is read as the tool that wrote the history reads it (Flyway's and Liquibase's own resolution). */
    @Then("the applied migrations match the files in {text}")
    public void matchFiles(String folder) {
        history(context.database()).ifPresent(h -> context.report(MigrationCheck.matchesFiles(context.database().name(), h, folder,
                context.run().embedded().migrationsIn(folder, MigrationLayout.valueOf(h.tool().name())))));
    }

    @Then("the applied migrations are the same in {database} and {database}")
    public void same(String source, String target) {
        Optional<MigrationHistory> s = history(context.database(source));
        Optional<MigrationHistory> t = s.flatMap(found -> history(context.database(target)));
        t.ifPresent(found -> context.report(MigrationCheck.same(source, s.get(), target, found)));
    }

    @Then("the latest applied migration is {text}")
    public void latest(String version) {
        String expected = version.trim();
        history(context.database()).ifPresent(h -> context.report(MigrationCheck.latest(context.database().name(), h, expected)));
    }

    /** The history, with its query as evidence; when there is none, the step fails here, naming the tables looked for. */
    private Optional<MigrationHistory> history(Database database) {
        Optional<MigrationHistory> history = MigrationHistoryReader.read(database);
        if (history.isEmpty()) {
            context.report(MigrationCheck.noHistory(database.name()));
        }
        history.ifPresent(h -> context.evidence().query("migration history in " + database.name() + " (" + h.table() + ")", h.query()));
        return history;
    }
}
