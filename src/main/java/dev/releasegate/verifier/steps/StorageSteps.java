package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.ScheduledJobCheck;
import dev.releasegate.verifier.checks.ScheduledJobExpectation;
import dev.releasegate.verifier.checks.StorageBucketCheck;
import dev.releasegate.verifier.checks.StorageBucketExpectation;
import io.cucumber.java.en.Then;

import java.util.List;

/** Supabase storage buckets and pg_cron scheduled jobs. */
public final class StorageSteps {

    private final ScenarioContext context;

    public StorageSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("these storage buckets exist:")
    public void theseBucketsExist(List<StorageBucketExpectation> expected) {
        context.report(StorageBucketCheck.exist(expected, context.catalog().storageBuckets(), context.database().name()));
    }

    @Then("these scheduled jobs exist:")
    public void theseJobsExist(List<ScheduledJobExpectation> expected) {
        context.report(ScheduledJobCheck.exist(expected, context.catalog().scheduledJobs(), context.database().name()));
    }
}
