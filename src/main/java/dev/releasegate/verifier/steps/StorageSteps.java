package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.checks.ScheduledJobCheck;
import dev.releasegate.verifier.checks.ScheduledJobExpectation;
import dev.releasegate.verifier.checks.StorageBucketCheck;
import dev.releasegate.verifier.checks.StorageBucketExpectation;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Supabase storage buckets and pg_cron scheduled jobs. */
@ReportedAs(FailureCategory.SCHEMA_DRIFT)
public final class StorageSteps {

    private final ScenarioContext context;

    public StorageSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these storage buckets exist:")
    public void theseBucketsExist(DataTable table) {
        List<StorageBucketExpectation> expected = TableRows.read(table, context.run().values(), Set.of("bucket"),
                Set.of("public", "file size limit", "allowed mime types")).stream().map(row -> new StorageBucketExpectation(
                row.required("bucket"), TableRows.yesNo(row.get("public"), "public"),
                row.get("file size limit").map(StorageSteps::sizeLimit),
                row.get("allowed mime types").map(t -> isNull(t) ? Optional.<List<String>>empty() : Optional.of(TableRows.commaList(t)))))
                .toList();
        CatalogSnapshot catalog = context.catalog();
        context.report(StorageBucketCheck.exist(expected, catalog.storageBuckets(), context.database().name()),
                catalog, "relations", "storage buckets");
    }

    @Then("these scheduled jobs exist:")
    public void theseJobsExist(DataTable table) {
        List<ScheduledJobExpectation> expected = TableRows.read(table, context.run().values(), Set.of("job"), Set.of("schedule", "active"))
                .stream().map(row -> new ScheduledJobExpectation(row.required("job"), row.get("schedule"),
                        TableRows.yesNo(row.get("active"), "active"))).toList();
        CatalogSnapshot catalog = context.catalog();
        context.report(ScheduledJobCheck.exist(expected, catalog.scheduledJobs(), context.database().name()),
                catalog, "relations", "scheduled jobs");
    }

    private static Optional<Long> sizeLimit(String cell) {
        if (isNull(cell)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(cell.replace("_", "")));
        } catch (NumberFormatException e) {
            throw new ChecklistBroken("file size limit '" + cell + "' is not a number of bytes: write e.g. 10485760, or null for no limit");
        }
    }

    private static boolean isNull(String cell) {
        return cell.trim().toLowerCase(Locale.ROOT).equals("null");
    }
}
