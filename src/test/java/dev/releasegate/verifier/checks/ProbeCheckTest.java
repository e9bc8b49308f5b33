package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.RequestIdentity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeCheckTest {

    private static final QualifiedName PAYMENTS = new QualifiedName("public", "booking_payments");

    private static ProbeOutcome rows(String count) {
        return new ProbeOutcome("trvl", "postgresql://x", Optional.of(RequestIdentity.role("anon")), false, "select count(*)", List.of(),
                Optional.of(new QueryResult(List.of("count"), List.of(List.of(count)))), Optional.empty(), List.of(),
                java.time.Instant.EPOCH, java.time.Duration.ZERO);
    }

    private static ProbeOutcome error(String state, String message) {
        return new ProbeOutcome("trvl", "postgresql://x", Optional.of(RequestIdentity.role("anon")), false, "select", List.of(),
                Optional.empty(), Optional.of(new ProbeOutcome.ServerError(state, message)), List.of(),
                java.time.Instant.EPOCH, java.time.Duration.ZERO);
    }

    @Test
    void seeingRows() {
        assertThat(ProbeCheck.sees(PAYMENTS, 0, rows("0")).passed()).isTrue();
        assertThat(ProbeCheck.sees(PAYMENTS, 0, rows("3")).message()).startsWith("""
                rows of booking_payments visible to the role anon in trvl: 1 problem
                  the role anon reading booking_payments: sees 3 rows, expected no rows""");
        assertThat(ProbeCheck.sees(PAYMENTS, 1, error("42501", "permission denied for table booking_payments")).message()).contains(
                "the role anon reading booking_payments: reading it is denied [SQLSTATE 42501] permission denied for table booking_payments,"
                        + " expected to see 1 row");
    }

    @Test
    void deniedIsNotNoRows() {
        assertThat(ProbeCheck.denied(PAYMENTS, error("42501", "permission denied for table booking_payments")).passed()).isTrue();
        assertThat(ProbeCheck.denied(PAYMENTS, rows("0")).message()).contains("the role anon reading booking_payments: is allowed and"
                + " sees no rows, expected it to be denied (row level security hides rows, it does not deny");
        assertThat(ProbeCheck.denied(PAYMENTS, error("42P01", "relation does not exist")).message())
                .contains("failed [SQLSTATE 42P01] relation does not exist, expected a permission error (42501)");
    }

    @Test
    void callOutcomesTellARefusedExecuteFromTheFunctionsError() {
        ProbeOutcome refused = error("42501", "permission denied for function delete_client_relationship_safely");
        ProbeOutcome raised = error("P0001", "Not authenticated");
        assertThat(ProbeCheck.callFails("f()", "not AUTHENTICATED", raised).passed()).isTrue();
        assertThat(ProbeCheck.callFails("f()", "Not authenticated", refused).message()).contains("call f(): refused for lack of EXECUTE"
                + " [SQLSTATE 42501]: permission denied for function delete_client_relationship_safely, expected it to fail with \"Not authenticated\"");
        assertThat(ProbeCheck.callFails("f()", "Not authenticated", rows("1")).message())
                .contains("call f(): succeeded, expected it to fail with \"Not authenticated\"");
        assertThat(ProbeCheck.callSucceeds("f()", rows("1")).passed()).isTrue();
        assertThat(ProbeCheck.callSucceeds("f()", raised).message())
                .contains("call f(): failed with the function's error [SQLSTATE P0001]: Not authenticated, expected it to succeed");
        assertThat(ProbeCheck.callReturns("f()", List.of("count"), List.of(List.of("1")), rows("1")).passed()).isTrue();
        assertThat(ProbeCheck.callReturns("f()", List.of("count"), List.of(List.of("2")), rows("1")).message())
                .contains("row 1: count is 1, expected 2");
    }
}
