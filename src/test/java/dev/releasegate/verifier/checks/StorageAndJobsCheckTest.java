package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.ScheduledJob;
import dev.releasegate.verifier.catalog.StorageBucket;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StorageAndJobsCheckTest {

    private static final List<StorageBucket> BUCKETS = List.of(
            new StorageBucket("avatars", "avatars", true, Optional.empty(), Optional.empty()),
            new StorageBucket("documents", "documents", false, Optional.of(10485760L), Optional.of(List.of("application/pdf", "image/png"))));

    @Test
    void bucketsPassWithUncheckedBlanksAndMimeTypesAsSets() {
        Verdict v = StorageBucketCheck.exist(List.of(
                new StorageBucketExpectation("avatars", Optional.of(true), Optional.of(Optional.empty()), Optional.empty()),
                new StorageBucketExpectation("documents", Optional.of(false), Optional.of(Optional.of(10485760L)),
                        Optional.of(Optional.of(List.of("image/png", "application/pdf"))))), Optional.of(BUCKETS), "production");
        assertThat(v.passed()).as(v.message()).isTrue();
    }

    @Test
    void bucketsReportEveryDifference() {
        Verdict v = StorageBucketCheck.exist(List.of(
                new StorageBucketExpectation("avatars", Optional.of(false), Optional.of(Optional.of(1024L)), Optional.empty()),
                new StorageBucketExpectation("documents", Optional.empty(), Optional.empty(), Optional.of(Optional.of(List.of("application/pdf")))),
                new StorageBucketExpectation("recordings", Optional.empty(), Optional.empty(), Optional.empty())), Optional.of(BUCKETS), "production");
        assertThat(v.message()).startsWith("""
                storage buckets in production: 3 problems
                  bucket avatars: public is yes, expected no; file size limit is null, expected 1024
                  bucket documents: allowed mime types are application/pdf, image/png, expected application/pdf
                  bucket recordings: does not exist (buckets: avatars, documents)""");
    }

    @Test
    void noStorageSchemaFailsAndSaysSo() {
        assertThat(StorageBucketCheck.exist(List.of(new StorageBucketExpectation("avatars", Optional.empty(), Optional.empty(), Optional.empty())),
                Optional.empty(), "production").message()).isEqualTo("storage buckets in production: 1 problem\n"
                + "  storage.buckets: does not exist in production: this database has no Supabase storage schema, so no bucket could be checked");
    }

    @Test
    void jobsCompareScheduleIgnoringSpacingAndActive() {
        List<ScheduledJob> jobs = List.of(new ScheduledJob(1, "payment-reminders", "0 9 * * *", "select 1", "postgres", false));
        assertThat(ScheduledJobCheck.exist(List.of(new ScheduledJobExpectation("payment-reminders", Optional.of("0  9 * * *"), Optional.of(false))),
                Optional.of(jobs), "production").passed()).isTrue();
        assertThat(ScheduledJobCheck.exist(List.of(
                        new ScheduledJobExpectation("payment-reminders", Optional.of("0 8 * * *"), Optional.of(true)),
                        new ScheduledJobExpectation("backup", Optional.empty(), Optional.empty())), Optional.of(jobs), "production").message())
                .startsWith("""
                        scheduled jobs in production: 2 problems
                          scheduled job payment-reminders: schedule is '0 9 * * *', expected '0 8 * * *'; is not active, expected active
                          scheduled job backup: does not exist (jobs: payment-reminders)""");
    }

    @Test
    void noPgCronFailsSayingItIsNotInstalled() {
        assertThat(ScheduledJobCheck.exist(List.of(new ScheduledJobExpectation("payment-reminders", Optional.empty(), Optional.empty())),
                Optional.empty(), "production").message()).isEqualTo("scheduled jobs in production: 1 problem\n"
                + "  pg_cron: is not installed in production (there is no cron.job table), so no scheduled job could be checked:"
                + " pg_cron keeps its jobs in the database named by cron.database_name, usually postgres");
    }
}
