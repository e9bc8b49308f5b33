package dev.releasegate.verifier.db;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Across a network every round trip costs the latency: a read of one query makes two (the query, with the
 * transaction's start and settings in front of it, and the rollback), counted by a proxy between us and the server.
 */
class RoundTripsTest {

    private static LatencyProxy proxy;
    private static String proxied;
    private static Database database;

    @BeforeAll
    static void database() throws Exception {
        String url = Checklists.trackpay("round_trips");
        proxy = new LatencyProxy("localhost", java.net.URI.create(url.substring(5)).getPort(), 0);
        SecretMask mask = new SecretMask();
        proxied = proxy.proxied(url) + "&pgbouncer=true";
        database = new Database("round_trips", ConnectionTarget.parse(proxied, mask), mask, 5_000);
        database.read(s -> s.query("select 1")); // connected once
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
        proxy.close();
    }

    /** Round trips the proxy saw for the work, checked against what the database counted. */
    private static int roundTrips(Consumer<Database> work) {
        int seen = proxy.roundTrips();
        int counted = database.roundTrips();
        work.accept(database);
        int made = proxy.roundTrips() - seen;
        assertThat(database.roundTrips() - counted).as("the database's own count").isEqualTo(made);
        return made;
    }

    @Test
    void aReadOfOneQueryIsTwoRoundTrips() {
        assertThat(roundTrips(d -> d.read(s -> s.query("select 1")))).isEqualTo(2);
    }

    @Test
    void aReadOfTwoQueriesIsThree() {
        assertThat(roundTrips(d -> d.read(s -> {
            s.query("select 1");
            return s.query("select 2");
        }))).isEqualTo(3);
    }

    @Test
    void probesTooAndTheirSettingsHold() {
        String settings = "select current_setting('transaction_read_only') || ' ' || current_setting('statement_timeout')"
                + " || ' ' || current_setting('row_security')";
        String[] seen = new String[2];
        assertThat(roundTrips(d -> seen[0] = d.probe(false, s -> s.query(settings).rows().get(0).get(0)))).isEqualTo(2);
        assertThat(roundTrips(d -> seen[1] = d.probe(true, s -> s.query(settings).rows().get(0).get(0)))).isEqualTo(2);
        assertThat(seen).containsExactly("on 5s on", "off 5s on");
    }

    @Test
    void aCatalogPartIsTwoRoundTripsAndItsEvidenceIsTheReadersQueryAlone() {
        CatalogSnapshot snapshot = new CatalogSnapshot(database);
        java.util.List<ExecutedQuery> logged = new java.util.ArrayList<>();
        assertThat(roundTrips(d -> snapshot.recordingInto((part, query) -> logged.add(query)).policies())).isEqualTo(2);
        assertThat(logged).singleElement().satisfies(q -> {
            assertThat(q.sql()).doesNotContain("set_config").startsWith("select");
            assertThat(q.result().rows()).isNotEmpty();
        });
    }

    @Test
    void theCommonCatalogPartsAreReadTogetherInTwoRoundTripsEachWithItsOwnEvidence() {
        CatalogSnapshot snapshot = new CatalogSnapshot(database);
        java.util.Map<String, ExecutedQuery> logged = new java.util.LinkedHashMap<>();
        CatalogSnapshot recording = snapshot.recordingInto(logged::put);
        assertThat(roundTrips(d -> recording.triggers())).isEqualTo(2);
        assertThat(roundTrips(d -> {
            recording.relations();
            recording.columns();
            recording.foreignKeys();
            recording.indexes();
            recording.policies();
            recording.schemas();
            recording.roles();
        })).isZero();
        assertThat(logged.keySet()).containsExactly("triggers", "relations", "columns", "foreign keys", "indexes", "policies", "schemas",
                "roles");
        assertThat(logged.get("relations").sql()).startsWith("select").doesNotContain("pg_trigger", "set_config");
        assertThat(logged.get("relations").result().rows()).isNotEmpty();
        assertThat(logged.get("foreign keys").result().rows()).isNotEmpty();
        database.read(s -> {
            assertThat(s.query(logged.get("columns").sql()).rows()).as("what a query of its own reads")
                    .isEqualTo(logged.get("columns").result().rows());
            return null;
        });
    }

    @Test
    void aCommonPartTheServerWillNotShowFailsOnlyItselfTheOthersAreReadOnTheirOwn() throws Exception {
        String url = Checklists.trackpay("round_trips_no_triggers");
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url); java.sql.Statement s = admin.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = 'rt_no_triggers') then"
                    + " create role rt_no_triggers login; end if; end $$");
            s.execute("revoke select on pg_catalog.pg_trigger from public");
        }
        SecretMask mask = new SecretMask();
        try (Database restricted = new Database("restricted", ConnectionTarget.parse(url.replace("user=postgres", "user=rt_no_triggers"), mask),
                mask, 5_000)) {
            CatalogSnapshot snapshot = new CatalogSnapshot(restricted);
            assertThat(snapshot.relations()).isNotEmpty();
            assertThat(snapshot.policies()).isNotEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(snapshot::triggers).hasMessageContaining("permission denied");
        }
    }

    @Test
    void theServerVersionIsWhatTheServerReportedAsTheConnectionStarted() {
        SecretMask mask = new SecretMask();
        try (Database fresh = new Database("fresh", ConnectionTarget.parse(proxied, mask), mask, 5_000)) {
            fresh.read(s -> s.query("select 1"));
            int seen = proxy.roundTrips();
            String version = fresh.serverVersion();
            assertThat(proxy.roundTrips() - seen).isZero();
            assertThat(version).isEqualTo(database.read(s -> s.query("show server_version").rows().get(0).get(0)));
        }
    }

    @Test
    void aWorkThatUsesTheConnectionItselfGetsTheSettingsFirst() {
        String timeout = database.read(s -> {
            try (var statement = s.connection().createStatement(); var rs = statement.executeQuery("show statement_timeout")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(timeout).isEqualTo("5s");
    }
}
