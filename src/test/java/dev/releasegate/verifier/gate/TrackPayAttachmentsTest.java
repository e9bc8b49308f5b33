package dev.releasegate.verifier.gate;

import dev.releasegate.verifier.report.ExitStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: nothing of the audit trail is traded for speed. The shipped TrackPay checklist runs as the main job runs it
 * (on the demo databases, reports into a temporary folder), and every attachment of its Allure results, scenario by
 * scenario and step by step (name, type and content; what differs between two runs of the same code normalised, see
 * {@link AllureAttachments.RunDependentValues}), must be the one recorded in {@code src/test/resources/attachments/trackpay.txt}.
 *
 * <p>A deliberate change to the evidence is recorded by writing the golden file again instead of comparing, then
 * reviewing its diff before committing it:
 * {@code mvn -q test -Dtest=TrackPayAttachmentsTest -Dsurefire.failIfNoSpecifiedTests=false -Dattachments.update=true}.
 * Every run also leaves its listing in {@code target/attachments/trackpay.txt}, to diff two runs or two commits.
 *
 * <p>{@code -Dattachments.features=features/trackpay/01-tables.feature,...} runs only those files and compares them with
 * their part of the golden file: how a commit that had fewer checklist files is compared like for like.
 */
class TrackPayAttachmentsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/attachments/trackpay.txt");
    private static final Path LISTING = Path.of("target/attachments/trackpay.txt");
    private static final Path FEATURES = Path.of("features/trackpay");
    private static final String REGENERATE =
            "mvn -q test -Dtest=TrackPayAttachmentsTest -Dsurefire.failIfNoSpecifiedTests=false -Dattachments.update=true";

    @TempDir
    static Path folder;
    private static List<String> features;
    private static AllureAttachments attachments;

    @BeforeAll
    static void runTheChecklist() throws IOException {
        features = features();
        GateRun run = GateRun.of(folder.resolve("reports"), Map.of(), o -> o, features.toArray(String[]::new));
        assertThat(run.status()).as(run.console()).isEqualTo(ExitStatus.HELD);
        attachments = AllureAttachments.read(run.reports().resolve("allure-results"));
        Files.createDirectories(LISTING.getParent());
        Files.writeString(LISTING, attachments.listing(), StandardCharsets.UTF_8);
    }

    @Test
    void everyAttachmentIsTheRecordedOne() throws IOException {
        assertThat(attachments.scenarios()).extracting(AllureAttachments.Scenario::feature).containsAll(features);
        String listing = attachments.listing();
        if (Boolean.getBoolean("attachments.update")) {
            assertThat(System.getProperty("attachments.features", "")).as("the golden file holds every checklist file:"
                    + " write it without -Dattachments.features").isBlank();
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, listing, StandardCharsets.UTF_8);
            return;
        }
        assertThat(GOLDEN).as("no golden file: write it with " + REGENERATE).exists();
        String golden = AllureAttachments.only(Files.readString(GOLDEN, StandardCharsets.UTF_8), features);
        if (!golden.equals(listing)) {
            throw new AssertionError("the TrackPay checklist's attachments are not the ones recorded in " + GOLDEN
                    + " (this run's listing: " + LISTING + ")\n" + firstDifference(golden, listing)
                    + "\nIf the evidence changed on purpose, write the golden file again and review its diff: " + REGENERATE);
        }
    }

    /**
     * What ran and what came back, for every item. An item's evidence is what its own step attached, what the steps
     * since the previous item attached (the query, call or set-up an item such as {@code Then the result is:} or
     * {@code Then it fails with ...} is about), and, for SQL, the catalog reads shown earlier in its scenario (a catalog
     * read is shown once per scenario, on the first item that relies on it).
     */
    @Test
    void everyItemHasTheSqlThatRanAndTheRowsThatCameBack() {
        List<String> missing = new ArrayList<>();
        for (AllureAttachments.Scenario scenario : attachments.scenarios()) {
            List<AllureAttachments.Attachment> catalogReads = new ArrayList<>();
            List<AllureAttachments.Attachment> sinceLastItem = new ArrayList<>();
            for (AllureAttachments.Step step : scenario.steps()) {
                sinceLastItem.addAll(step.attachments());
                if (step.isItem()) {
                    if (Stream.concat(sinceLastItem.stream(), catalogReads.stream()).noneMatch(AllureAttachments.Attachment::isSql)) {
                        missing.add(step.where() + ": no SQL");
                    }
                    if (sinceLastItem.stream().noneMatch(AllureAttachments.Attachment::isRows)) {
                        missing.add(step.where() + ": no rows");
                    }
                    sinceLastItem.clear();
                }
                step.attachments().stream().filter(AllureAttachments.Attachment::isCatalogRead).forEach(catalogReads::add);
            }
        }
        assertThat(attachments.items()).hasSizeGreaterThanOrEqualTo(features.size());
        assertThat(missing).isEmpty();
    }

    /**
     * And every item shows something of its own: the table it compared (marked row by row) or the rows it read. The one
     * exception is an empty result: there is nothing to compare, and its evidence is the empty table of the step that ran
     * the query.
     */
    @Test
    void everyItemAttachesATableOfItsOwnUnlessItFoundAnEmptyResult() {
        List<String> without = new ArrayList<>();
        for (AllureAttachments.Scenario scenario : attachments.scenarios()) {
            AllureAttachments.Step previous = null;
            for (AllureAttachments.Step step : scenario.steps()) {
                boolean own = step.attachments().stream().anyMatch(AllureAttachments.Attachment::isRows);
                boolean emptyResult = step.name().endsWith(" the result is empty") && previous != null
                        && previous.attachments().stream().anyMatch(a -> a.isRows() && a.name().endsWith(": 0 rows"));
                if (step.isItem() && !own && !emptyResult) {
                    without.add(step.where());
                }
                previous = step;
            }
        }
        assertThat(without).isEmpty();
    }

    /** features/trackpay's checklist files, or the ones -Dattachments.features names. */
    private static List<String> features() throws IOException {
        String asked = System.getProperty("attachments.features", "").strip();
        if (!asked.isEmpty()) {
            return Arrays.stream(asked.split(",")).map(String::strip).filter(f -> !f.isEmpty()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(FEATURES)) {
            return files.map(f -> FEATURES.resolve(f.getFileName()).toString().replace('\\', '/')).filter(f -> f.endsWith(".feature"))
                    .sorted().toList();
        }
    }

    /**
     * A unified-style excerpt of the first hunk: the scenario and step it is in, three lines of context before it, the
     * lines removed (-) and added (+) as a line diff of the next few hundred lines finds them, up to three lines of
     * context after it; at most 24 changed lines are shown.
     */
    static String firstDifference(String expected, String actual) {
        List<String> want = List.of(expected.split("\n", -1));
        List<String> have = List.of(actual.split("\n", -1));
        int first = 0;
        while (first < want.size() && first < have.size() && want.get(first).equals(have.get(first))) {
            first++;
        }
        String scenario = "";
        String step = "";
        for (int i = 0; i < first; i++) {
            String line = want.get(i);
            scenario = line.startsWith("scenario ") ? line : scenario;
            step = line.startsWith("scenario ") ? "" : line.startsWith("  step ") ? line.strip() : step;
        }
        List<String> a = want.subList(first, Math.min(want.size(), first + 400));
        List<String> b = have.subList(first, Math.min(have.size(), first + 400));
        int[][] common = new int[a.size() + 1][b.size() + 1]; // longest common subsequence of the suffixes
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> hunk = new ArrayList<>();
        for (int i = Math.max(0, first - 3); i < first; i++) {
            hunk.add(" " + want.get(i));
        }
        int i = 0;
        int j = 0;
        int changed = 0;
        int after = 0;
        while ((i < a.size() || j < b.size()) && after < 3 && changed < 24) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                hunk.add(" " + a.get(i++));
                j++;
                after++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                hunk.add("-" + a.get(i++));
                changed++;
                after = 0;
            } else {
                hunk.add("+" + b.get(j++));
                changed++;
                after = 0;
            }
        }
        long removed = hunk.stream().filter(l -> !l.startsWith("+")).count();
        long added = hunk.stream().filter(l -> !l.startsWith("-")).count();
        int from = Math.max(0, first - 3) + 1;
        return "first difference at line " + (first + 1) + (scenario.isEmpty() ? "" : ", in " + scenario)
                + (step.isEmpty() ? "" : ", " + step) + "\n--- golden\n+++ this run\n"
                + "@@ -" + from + "," + removed + " +" + from + "," + added + " @@\n" + String.join("\n", hunk) + "\n"
                + (changed >= 24 ? "(more lines differ)\n" : "");
    }
}
