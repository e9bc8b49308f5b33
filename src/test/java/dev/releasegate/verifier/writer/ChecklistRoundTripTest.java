package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.db.EmbeddedServer;
import dev.releasegate.verifier.steps.Checklists;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist written from the TrackPay staging demo passes on the database it came from, and every single change
 * to a copy of that database fails exactly the scenario that states the changed fact, with a message naming it.
 */
class ChecklistRoundTripTest {

    private static final String TEMPLATE = "writer_trackpay";
    private static final AtomicInteger COPIES = new AtomicInteger();

    @TempDir
    static Path dir;
    static Path folder;
    static WriteChecklist.Result written;

    /** One change to the database, the scenarios it must fail (and no other), and what the failure must say. */
    record Change(String what, String sql, Set<String> scenarios, String message) {
        Change(String what, String sql, String scenario, String message) {
            this(what, sql, Set.of(scenario), message);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    @BeforeAll
    static void writeTheChecklistOfStaging() {
        Checklists.trackpay(TEMPLATE, "sql/writer/trackpay-extras.sql");
        folder = dir.resolve("staging-snapshot");
        written = Writing.write(Map.of("verify.db.staging", copy(null), "verify.write-checklist", "staging",
                "verify.write-checklist.dir", folder.toString(), "verify.write-checklist.row-counts", "true",
                "verify.baselines.dir", dir.resolve("baselines").toString()));
    }

    /** A fresh copy of the template, with one change applied (none when {@code sql} is null); returns its address. */
    private static String copy(String sql) {
        EmbeddedServer server = VerifierRun.current().embedded().server();
        String name = "writer_copy_" + COPIES.incrementAndGet();
        server.createDatabaseFromTemplate(name, TEMPLATE);
        if (sql != null) {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(name)); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (java.sql.SQLException e) {
                throw new AssertionError("the change could not be made: " + e.getMessage(), e);
            }
        }
        return server.jdbcUrl(name);
    }

    /** The written checklist, run against the database at {@code url} under the name it was written for. */
    private static Checklists.Outcome run(String url) {
        return Checklists.run(Map.of("staging", url, "verify.baselines.dir", dir.resolve("baselines").toString()), folder.toString());
    }

    @Test
    void everySectionIsWrittenAndPassesOnTheDatabaseItCameFrom() {
        assertThat(written.checklist().files()).extracting(FeatureFile::name).containsExactly("01-tables.feature", "02-keys.feature",
                "03-row-level-security.feature", "04-privileges.feature", "05-functions.feature", "06-triggers.feature",
                "07-views.feature", "08-sequences.feature", "09-types.feature", "10-extensions.feature", "11-storage.feature",
                "12-migrations.feature", "13-row-counts.feature");
        assertThat(written.checklist().leftOut()).isEmpty();
        assertThat(dir.resolve("baselines/staging-snapshot.json")).exists();

        Checklists.Outcome outcome = run(copy(null));

        assertThat(outcome.allMessages()).isEmpty();
        assertThat(outcome.scenarios()).hasSize(written.checklist().scenarios());
    }

    @Test
    void theFilesSpeakTheVocabulary() throws Exception {
        String keys = Files.readString(folder.resolve("02-keys.feature"));
        assertThat(keys).contains("Then the primary key of \"trackpay_activities\" is (id)")
                .contains("And the primary key of \"trackpay_invoices\" is (number)");
        assertThat(Files.readString(folder.resolve("01-tables.feature")))
                .contains("Then the table \"trackpay_users\" has exactly these columns:");
        assertThat(keys).contains("| trackpay_invoices      | payment_id   | trackpay_payments(id) | RESTRICT  | CASCADE   |");
        String functions = Files.readString(folder.resolve("05-functions.feature"));
        assertThat(functions).contains("| trackpay_total_due(uuid, text)          | numeric | sql      | invoker  | \"\"          |")
                .contains("And the role \"anon\" cannot execute \"delete_client_relationship_safely(uuid)\"");
        String security = Files.readString(folder.resolve("03-row-level-security.feature"));
        assertThat(security).contains("And row level security is forced on \"trackpay_payments\"")
                .contains("| trackpay_payments | payments_not_refunded    | UPDATE  | authenticated, service_role | (status <> 'refunded'::text)")
                .contains("Then the table \"trackpay_relationship_audit\" has no SELECT policy")
                .doesNotContain("\\n");
        assertThat(Files.readString(folder.resolve("13-row-counts.feature")))
                .contains("Then the row counts of tables matching \"%\" in \"staging\" equal the record \"staging-snapshot\"");
    }

    static Stream<Change> changes() {
        return Stream.of(
                new Change("a delete rule flipped", """
                        alter table trackpay_payments drop constraint trackpay_payments_session_id_fkey,
                          add constraint trackpay_payments_session_id_fkey foreign key (session_id)
                          references trackpay_sessions (id) on delete cascade""",
                        "Foreign keys", "trackpay_payments.session_id -> trackpay_sessions: on delete is CASCADE, expected RESTRICT"),
                new Change("a policy dropped", "drop policy users_update_own on trackpay_users",
                        "Policies on trackpay_users", "policy users_update_own on trackpay_users: does not exist"),
                new Change("a policy added", "create policy rel_delete_any on trackpay_relationships for delete to authenticated using (true)",
                        "Policies on trackpay_relationships", "policy rel_delete_any on trackpay_relationships: exists but is not in the list"),
                new Change("a grant added", "grant select on trackpay_relationship_audit to anon",
                        "Privileges of anon on tables", "role anon on trackpay_relationship_audit: has SELECT"),
                new Change("a trigger disabled", "alter table trackpay_sessions disable trigger trackpay_sessions_set_updated_at",
                        "Triggers", "trigger trackpay_sessions_set_updated_at on trackpay_sessions: is disabled, expected enabled"),
                new Change("a column type changed", "alter table trackpay_payments alter column method type varchar(40)",
                        "Columns of trackpay_payments", "type is character varying(40), expected text"),
                new Change("a column default changed", "alter table trackpay_sessions alter column status set default 'unpaid'",
                        "Columns of trackpay_sessions", "default is 'unpaid'::text, expected 'active'::text"),
                new Change("an index dropped", "drop index idx_payments_client",
                        "Indexes", "index idx_payments_client on trackpay_payments: does not exist"),
                new Change("a function's search_path removed", "alter function delete_client_relationship_safely(uuid) reset search_path",
                        "Functions", "has no fixed search path, expected public"),
                new Change("anon may execute the delete function", "grant execute on function delete_client_relationship_safely(uuid) to anon",
                        "Who may execute functions", "delete_client_relationship_safely(uuid)"),
                new Change("an enum label added", "alter type trackpay_role add value 'admin'",
                        "Enum types", "label admin is not in the list"),
                new Change("row level security disabled", "alter table trackpay_invites disable row level security",
                        "Row level security", "table trackpay_invites: row level security is not enabled"),
                new Change("a view dropped", "drop view trackpay_session_totals",
                        "View trackpay_session_totals", "view trackpay_session_totals: does not exist"),
                new Change("a bucket made public", "update storage.buckets set public = true where id = 'documents'",
                        "Storage buckets", "bucket documents: public is yes, expected no"),
                new Change("a sequence dropped", "drop sequence trackpay_invoice_numbers",
                        "Sequences", "trackpay_invoice_numbers: does not exist"),
                new Change("an extension dropped", "drop extension pg_trgm",
                        "Extensions", "extension pg_trgm: is not installed"),
                new Change("a migration row deleted", "delete from supabase_migrations.schema_migrations where version = '20250102000000'",
                        "Applied migrations", "20250102000000"));
    }

    /**
     * More changes, made together in one copy (a run of the whole checklist per change costs half a second): every one
     * is reported, in the scenario that states it, and no other scenario fails.
     */
    static List<Change> moreChanges() {
        return List.of(
                new Change("an update rule flipped", """
                        alter table trackpay_invoices drop constraint trackpay_invoices_payment_id_fkey,
                          add constraint trackpay_invoices_payment_id_fkey foreign key (payment_id) references trackpay_payments (id)""",
                        "Foreign keys", "on delete is NO ACTION, expected RESTRICT; on update is NO ACTION, expected CASCADE"),
                new Change("a policy on a table nobody may read", """
                        create policy audit_read on trackpay_relationship_audit for select to authenticated using (true)""",
                        "Policies on trackpay_relationship_audit", "allows SELECT"),
                new Change("a policy's condition replaced", "alter policy users_select_own on trackpay_users using (true)",
                        "Policies on trackpay_users", "expected it to contain ((auth.uid() = auth_user_id))"),
                new Change("a grant revoked", "revoke delete on trackpay_sessions from authenticated",
                        "Privileges of authenticated on tables", "lacks DELETE"),
                new Change("a disabled trigger enabled", "alter table trackpay_users enable trigger trackpay_users_touch_on_insert",
                        "Triggers", "is enabled, expected disabled"),
                new Change("a column made nullable", "alter table trackpay_payments alter column status drop not null",
                        "Columns of trackpay_payments", "is nullable, expected not null"),
                new Change("a unique index made plain", "drop index idx_users_email; create index idx_users_email on trackpay_users (email)",
                        "Indexes", "is not unique, expected unique"),
                new Change("a function made security definer", "alter function trackpay_total_due(uuid, text) security definer",
                        "Functions", "is security definer, expected security invoker"),
                new Change("an enum label renamed", "alter type trackpay_payment_method rename value 'zelle' to 'wire'",
                        "Enum types", "label zelle is missing"),
                new Change("a view's column type changed", """
                        drop view trackpay_session_totals;
                        create view trackpay_session_totals with (security_invoker = on) as
                          select client_id, count(*) as sessions, sum(amount_due)::numeric(14,2) as total_due
                          from trackpay_sessions group by client_id""",
                        "View trackpay_session_totals", "type is numeric(14,2), expected numeric"),
                new Change("a bucket's size limit lifted", "update storage.buckets set file_size_limit = null where id = 'documents'",
                        "Storage buckets", "file size limit is null, expected 10485760"),
                new Change("a newer migration applied", "insert into supabase_migrations.schema_migrations (version) values ('20250104000000')",
                        "Applied migrations", "20250104000000"),
                new Change("a policy given to every role", "alter policy users_update_own on trackpay_users to public",
                        "Policies on trackpay_users", "roles are public, expected authenticated"),
                new Change("a primary key dropped", "alter table trackpay_relationship_audit drop constraint trackpay_relationship_audit_pkey",
                        "Primary keys", "table trackpay_relationship_audit: has no primary key, expected (id)"),
                new Change("a column added", "alter table trackpay_invites add column note text",
                        "Columns of trackpay_invites", "column trackpay_invites.note: exists but is not in the list"),
                new Change("forced row level security lifted", "alter table trackpay_payments no force row level security",
                        "Row level security", "table trackpay_payments: row level security is not forced"),
                new Change("a row deleted", "delete from trackpay_activities where id = '60000000-0000-4000-8000-000000000012'",
                        "Row counts equal the record staging-snapshot", "table trackpay_activities: 12 rows recorded, 11 now (-1)"),
                new Change("a table added", "create table public.trackpay_notes (id int primary key)",
                        Set.of("Tables in schema public", "Row counts equal the record staging-snapshot"),
                        "table trackpay_notes: exists but is not in the list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void everySingleChangeFailsExactlyTheScenarioThatStatesIt(Change change) {
        Checklists.Outcome outcome = run(copy(change.sql()));

        Set<String> failed = outcome.failed().stream().map(Checklists.ScenarioOutcome::name).collect(Collectors.toSet());
        assertThat(failed).as(outcome.allMessages()).isEqualTo(change.scenarios());
        assertThat(outcome.allMessages()).contains(change.message());
    }

    @Test
    void moreChangesMadeTogetherEachFailTheScenarioThatStatesIt() {
        List<Change> changes = moreChanges();
        String sql = String.join(";\n", changes.stream().map(Change::sql).toList());

        Checklists.Outcome outcome = run(copy(sql));

        Set<String> failed = outcome.failed().stream().map(Checklists.ScenarioOutcome::name).collect(Collectors.toSet());
        assertThat(failed).as(outcome.allMessages())
                .isEqualTo(changes.stream().flatMap(c -> c.scenarios().stream()).collect(Collectors.toSet()));
        changes.forEach(c -> assertThat(outcome.allMessages()).as(c.what()).contains(c.message()));
    }

    @Test
    void theSameDatabaseGivesTheSameBytesAndAnExistingChecklistIsNotReplacedUnlessAsked() throws Exception {
        Map<String, String> settings = Map.of("verify.db.staging", copy(null), "verify.write-checklist", "staging",
                "verify.write-checklist.dir", folder.toString(), "verify.write-checklist.row-counts", "true",
                "verify.baselines.dir", dir.resolve("baselines").toString());
        Map<String, byte[]> before = contents(folder);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Writing.write(settings)))
                .hasMessageContaining("already holds 13 file(s)")
                .hasMessageContaining("-Dverify.write-checklist.overwrite=true");
        assertThat(contents(folder)).containsOnlyKeys(before.keySet());

        Map<String, String> again = new java.util.HashMap<>(settings);
        again.put("verify.write-checklist.overwrite", "true");
        Writing.write(again);
        Map<String, byte[]> after = contents(folder);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    private static Map<String, byte[]> contents(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, byte[]> out = new java.util.TreeMap<>();
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
            return out;
        }
    }
}
