package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Probes act as PostgREST would, and leave nothing behind: no role, no claims, no rows, on a pooled connection. */
class RoleProbeTest {

    private static final String ALICE = "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11";
    private static final String CONNECTION_STATE = "select pg_backend_pid()::text, current_user::text, current_setting('role'),"
            + " coalesce(current_setting('request.jwt.claims', true), ''), coalesce(current_setting('request.jwt.claim.sub', true), ''),"
            + " current_setting('transaction_read_only')";

    private static Database database;

    @BeforeAll
    static void database() {
        SecretMask mask = new SecretMask();
        String url = VerifierRun.current().embedded().createDatabase("probes_db_role", EmbeddedDatabases.DEMO_SCRIPTS);
        database = new Database("probes", ConnectionTarget.parse(url, mask), mask, 30_000);
    }

    /** The RPC under test, as When I call names it: its PL/pgSQL body runs although the server cannot show it. */
    private static ProbeOutcome callDelete(Optional<RequestIdentity> identity, boolean writable, String relationship) {
        long function = database.read(s -> Long.parseLong(s.query(
                "select 'public.delete_client_relationship_safely(uuid)'::regprocedure::oid::int8").rows().get(0).get(0)));
        return RoleProbe.call(database.alone(writable), identity, function,
                "select * from public.delete_client_relationship_safely(cast(? as uuid))", List.of(relationship));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void actsAsTheUserWithClaimsThenTheConnectionIsCleanAgain() {
        RequestIdentity alice = RequestIdentity.user("authenticated", ALICE, Map.of("email", "alice@trackpay.test"));
        ProbeOutcome outcome = RoleProbe.run(database.alone(false), Optional.of(alice),
                "select pg_backend_pid()::text as pid, current_user::text as who, auth.uid()::text as uid, auth.role() as role,"
                        + " auth.jwt() ->> 'email' as email, (select count(*) from trackpay_relationships)::text as relationships",
                List.of());
        List<String> row = outcome.result().orElseThrow().rows().get(0);
        assertThat(row.subList(1, 6)).containsExactly("authenticated", ALICE, "authenticated", "alice@trackpay.test", "2");

        List<String> after = database.read(session -> session.query(CONNECTION_STATE).rows().get(0));
        assertThat(after.get(0)).as("the same pooled connection").isEqualTo(row.get(0));
        assertThat(after.subList(1, 6)).containsExactly("postgres", "none", "", "", "on");
    }

    @Test
    void aFailedCallLeavesNoRoleBehind() {
        ProbeOutcome outcome = callDelete(Optional.of(RequestIdentity.role("authenticated")), false, "00000000-0000-0000-0000-000000000000");
        assertThat(outcome.error()).hasValueSatisfying(e -> {
            assertThat(e.sqlState()).isEqualTo("P0001");
            assertThat(e.message()).isEqualTo("Not authenticated");
        });
        List<String> after = database.read(session -> session.query(CONNECTION_STATE).rows().get(0));
        assertThat(after.subList(1, 6)).containsExactly("postgres", "none", "", "", "on");
    }

    @Test
    void aWritableProbeIsRolledBackAndTheNextTransactionIsReadOnlyAgain() {
        String count = "select count(*) from public.trackpay_relationship_audit";
        String before = database.read(session -> session.query(count).rows().get(0).get(0));
        ProbeOutcome outcome = callDelete(Optional.of(RequestIdentity.user("authenticated",
                "7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22", Map.of())), true, "10000000-0000-4000-8000-000000000004");
        assertThat(outcome.error()).isEmpty();
        String after = database.read(session -> session.query(count).rows().get(0).get(0));
        assertThat(after).isEqualTo(before);
        List<String> state = database.read(session -> session.query(CONNECTION_STATE).rows().get(0));
        assertThat(state.subList(1, 6)).containsExactly("postgres", "none", "", "", "on");
    }

    @Test
    void aProbeThatWritesWithoutWritesFailsAndSaysToTagTheScenario() {
        assertThatThrownBy(() -> callDelete(Optional.of(RequestIdentity.user("authenticated",
                "7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22", Map.of())), false, "10000000-0000-4000-8000-000000000004"))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("[SQLSTATE 25006] cannot execute INSERT in a read-only transaction")
                .hasMessageContaining("Tag the scenario @writes if the write is intended (it is rolled back either way)");
    }

    @Test
    void aRoleIsCheckedAgainstPgRolesAndNeverSpliced() {
        assertThatThrownBy(() -> RoleProbe.run(database.alone(false), Optional.of(RequestIdentity.role("anon\"; reset role; --")),
                "select 1", List.of()))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessageStartingWith("role 'anon\"; reset role; --' does not exist in probes");
    }

    @Test
    void claimsAreJsonWithRoleAndSub() {
        assertThat(RequestIdentity.user("authenticated", ALICE, Map.of("email", "a\"b@c.d")).claimsJson())
                .isEqualTo("{\"email\":\"a\\\"b@c.d\",\"role\":\"authenticated\",\"sub\":\"" + ALICE + "\"}");
        assertThat(RequestIdentity.role("anon").claimsJson()).isEqualTo("{\"role\":\"anon\"}");
    }
}
