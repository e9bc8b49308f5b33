package dev.releasegate.verifier.evidence;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowCountRecordTest {

    private static final RowCountRecord RECORD = new RowCountRecord("pre-cutover", "staging", "postgresql://app:*****@db:5432/p\"q",
            "17.6", Instant.parse("2026-11-24T22:00:00Z"), "trackpay_%",
            Map.of(new QualifiedName("public", "trackpay_users"), 6L, new QualifiedName("audit", "events"), 0L));

    @Test
    void writesSmallReadableJsonAndReadsItBack() {
        assertThat(RECORD.toJson()).isEqualTo("""
                {
                  "record": "pre-cutover",
                  "database": "staging",
                  "url": "postgresql://app:*****@db:5432/p\\"q",
                  "server_version": "17.6",
                  "recorded_at": "2026-11-24T22:00:00Z",
                  "tables": "trackpay_%",
                  "row_counts": {
                    "audit.events": 0,
                    "public.trackpay_users": 6
                  }
                }
                """);
        assertThat(RowCountRecord.fromJson(RECORD.toJson(), "x.json")).isEqualTo(RECORD);
    }

    @Test
    void readsARecordAPersonReformatted() {
        RowCountRecord read = RowCountRecord.fromJson("""
                {"row_counts":{"public.trackpay_users":6,"audit.events":0},"recorded_at":"2026-11-24T22:00:00Z",
                 "record":"pre-cutover","database":"staging","url":"postgresql://app:*****@db:5432/p\\u0022q","server_version":"17.6",
                 "tables":"trackpay_%","note":["anything", 1.5, true, null]}""", "x.json");
        assertThat(read).isEqualTo(RECORD);
    }

    @Test
    void aFileThatIsNotARecordSaysWhy() {
        assertThatThrownBy(() -> RowCountRecord.fromJson("{\"record\": \"x\",\n \"row_counts\": {\"a\": 1,}", "baselines/x.json"))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessageStartingWith("baselines/x.json is not a row count record: it is not valid JSON: ")
                .hasMessageContaining("double-quote to start field name").hasMessageEndingWith("(line 2)");
        assertThatThrownBy(() -> RowCountRecord.fromJson("{\"record\": \"x\"}", "baselines/x.json"))
                .hasMessage("baselines/x.json is not a row count record: it has no \"row_counts\" object");
        assertThatThrownBy(() -> RowCountRecord.fromJson("{\"record\": \"x\", \"row_counts\": {\"a\": 1.5}}", "baselines/x.json"))
                .hasMessage("baselines/x.json is not a row count record: the count of a is not a whole number");
    }

    @Test
    void theStoreRefusesToReplaceARecordUnlessAskedTo(@TempDir Path dir) throws Exception {
        RowCountRecords records = new RowCountRecords(dir, false);
        Path file = records.write(RECORD);
        assertThat(file).isEqualTo(dir.resolve("pre-cutover.json"));
        assertThatThrownBy(() -> records.write(RECORD)).isInstanceOf(ChecklistBroken.class).hasMessage("the record \"pre-cutover\" already exists ("
                + file + ", recorded 2026-11-24T22:00:00Z from staging): a record is evidence and is not replaced silently;"
                + " choose another name, or pass -Dverify.baselines.overwrite=true to replace it");
        RowCountRecord later = new RowCountRecord("pre-cutover", "staging", "", "17.6", Instant.parse("2026-11-25T00:00:00Z"), "t%", Map.of());
        new RowCountRecords(dir, true).write(later);
        assertThat(records.read("pre-cutover", "the record step").record()).isEqualTo(later);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aRecordNameStaysInsideItsFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> new RowCountRecords(dir, false).file("../x")).hasMessageStartingWith("\"../x\" cannot name a record");
        assertThatThrownBy(() -> new RowCountRecords(dir, false).file("a/b")).hasMessageStartingWith("\"a/b\" cannot name a record");
        assertThat(new RowCountRecords(dir, false).file("pre-cutover.v2")).isEqualTo(dir.resolve("pre-cutover.v2.json"));
    }
}
