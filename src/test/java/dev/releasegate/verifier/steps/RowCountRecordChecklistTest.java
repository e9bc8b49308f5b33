package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Row counts recorded in one run and compared in a later one, after the source is gone; records are never replaced silently. */
class RowCountRecordChecklistTest {

    private static String staging;
    private static String production;
    private static String lossy;

    @TempDir
    Path baselines;

    @BeforeAll
    static void databases() {
        staging = Checklists.trackpay("rec_staging");
        production = Checklists.trackpay("rec_production");
        lossy = Checklists.trackpay("rec_lossy", "demo/trackpay-broken-production.sql");
    }

    /** The named databases, and the temporary folder as the run's baselines folder. */
    private Map<String, String> settings(String... namesAndUrls) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndUrls.length; i += 2) {
            settings.put(namesAndUrls[i], namesAndUrls[i + 1]);
        }
        settings.put("verify.baselines.dir", baselines.toString());
        return settings;
    }

    @Test
    void recordsThenComparesInALaterRunWhenTheSourceIsGone() throws Exception {
        Checklists.Outcome recorded = Checklists.run(settings("staging", staging), "checklists/integrity/record.feature");
        assertThat(recorded.allMessages()).isEmpty();
        String json = Files.readString(baselines.resolve("pre-cutover.json"));
        assertThat(json).contains("\"record\": \"pre-cutover\"", "\"database\": \"staging\"", "\"tables\": \"trackpay_%\"",
                "\"public.trackpay_users\": 6", "\"public.trackpay_activities\": 12", "\"server_version\": \"17.");

        // a later run: only production is configured
        Checklists.Outcome same = Checklists.run(settings("production", production), "checklists/integrity/compare-record.feature");
        assertThat(same.allMessages()).isEmpty();

        Checklists.Outcome lost = Checklists.run(settings("production", lossy), "checklists/integrity/compare-record.feature");
        String message = lost.scenario("Production holds what staging held").message();
        assertThat(message).startsWith("row counts of tables matching trackpay_% in production against the record pre-cutover (staging, ")
                .contains(": 1 problem\n  table trackpay_activities: 12 rows recorded, 11 now (-1)\n")
                .contains("| XX differs | trackpay_activities         | 12       | 11  | -1         |")
                .contains("| ok         | trackpay_users              | 6        | 6   | 0          |");
    }

    @Test
    void refusesToReplaceARecordUnlessTheRunSaysSo() throws Exception {
        Files.writeString(baselines.resolve("pre-cutover.json"), """
                {"record": "pre-cutover", "database": "staging", "recorded_at": "2026-01-02T03:04:05Z", "row_counts": {"public.trackpay_users": 1}}
                """);
        Checklists.Outcome refused = Checklists.run(settings("staging", staging), "checklists/integrity/record.feature");
        assertThat(refused.scenario("Record the source's counts").message()).isEqualTo("the record \"pre-cutover\" already exists ("
                + baselines.resolve("pre-cutover.json") + ", recorded 2026-01-02T03:04:05Z from staging): a record is evidence and is not"
                + " replaced silently; choose another name, or pass -Dverify.baselines.overwrite=true to replace it");
        assertThat(Files.readString(baselines.resolve("pre-cutover.json"))).contains("\"public.trackpay_users\": 1}");

        Map<String, String> overwriting = settings("staging", staging);
        overwriting.put("verify.baselines.overwrite", "true");
        Checklists.Outcome replaced = Checklists.run(overwriting, "checklists/integrity/record.feature");
        assertThat(replaced.allMessages()).isEmpty();
        assertThat(Files.readString(baselines.resolve("pre-cutover.json"))).contains("\"public.trackpay_users\": 6");
    }

    @Test
    void neverRecordsNothingNorReadsWhatWasNeverRecorded() {
        Checklists.Outcome outcome = Checklists.run(settings("staging", staging, "production", production), "checklists/integrity/record-nothing.feature");
        assertThat(outcome.scenario("Record tables that do not exist").message()).isEqualTo("""
                row counts of tables matching nothing_here_% in staging: 1 problem
                  tables matching nothing_here_%: none found in staging, so nothing was recorded""");
        assertThat(outcome.scenario("Compare with a record that was never made").message()).isEqualTo("there is no record \"never-made\" (no file "
                + baselines.resolve("never-made.json") + "): record it first with When the row counts of tables matching \"trackpay_%\" in"
                + " \"<database>\" are recorded as \"never-made\", or set verify.baselines.dir to the folder that holds it");
        assertThat(outcome.scenario("A record name that leaves the folder").message()).isEqualTo("\"../outside\" cannot name a record:"
                + " use letters, digits, '.', '_' and '-', starting with a letter or digit, such as \"pre-cutover\"");
        assertThat(baselines.resolve("empty.json")).doesNotExist();
    }
}
