package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.MigrationHistory;
import dev.releasegate.verifier.catalog.MigrationHistoryReader;
import dev.releasegate.verifier.checks.MigrationCheck;
import dev.releasegate.verifier.checks.MigrationFiles;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import io.cucumber.java.en.Then;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Then("the applied migrations match the files in {text}")
    public void matchFiles(String folder) {
        List<String> versions = versionsIn(folder);
        history(context.database()).ifPresent(h -> context.report(MigrationCheck.matchesFiles(context.database().name(), h, folder, versions)));
    }

    private static List<String> versionsIn(String folder) {
        File directory = Path.of(folder).toAbsolutePath().toFile();
        File[] entries = directory.listFiles();
        if (entries == null) {
            throw new ChecklistBroken("there is no folder " + folder + " (looked in " + directory + "): give the migrations folder"
                    + " relative to the directory the verifier runs in");
        }
        List<String> versions = new ArrayList<>();
        for (File entry : entries) {
            MigrationFiles.version(entry.getName(), entry.isDirectory()).ifPresent(versions::add);
        }
        return versions;
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
