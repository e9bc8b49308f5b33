package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs one statement the way PostgREST runs a request: in one transaction, the JWT claims set with
 * {@code set_config(..., true)} and the role with {@code set local role}, then the statement. The transaction is
 * always rolled back ({@link Database#probe}), so neither the settings nor anything written outlive the probe.
 */
public final class RoleProbe {

    private static final String SET_CLAIMS = "select set_config('request.jwt.claims', ?, true),"
            + " set_config('request.jwt.claim.sub', ?, true), set_config('request.jwt.claim.role', ?, true)";

    private RoleProbe() {
    }

    /**
     * The statement's rows, or the error the server raised for it. Without {@code writable}, a statement that
     * writes is a broken checklist item that says to tag the scenario {@code @writes}. A statement that would call a
     * function acting outside the transaction is refused before it is sent ({@link StatementGuard}).
     */
    public static ProbeOutcome run(ProbeTransaction transaction, Optional<RequestIdentity> identity, String sql,
                                   List<Object> parameters) {
        return probe(transaction, identity, sql, parameters, OptionalLong.empty());
    }

    /**
     * A checklist's query without a role outside a {@code @writes} scenario: a read (row level security off, as every
     * read of the verifier), refused before sending unless it stays inside the transaction; the server's error, if
     * it raised one, is the outcome's, for a step that expects it.
     */
    public static ProbeOutcome read(Database database, String sql) {
        return database.read(session -> {
            Optional<QueryResult> result = Optional.empty();
            Optional<ProbeOutcome.ServerError> error = Optional.empty();
            Instant at = Instant.now();
            long started = System.nanoTime();
            try {
                result = Optional.of(session.queryFromChecklist(sql));
            } catch (SQLException e) {
                error = Optional.of(ProbeOutcome.ServerError.of(e));
            }
            return new ProbeOutcome(database.name(), database.maskedUrl(), Optional.empty(), false, sql, List.of(), result, error,
                    List.of(), at, Duration.ofNanos(System.nanoTime() - started));
        });
    }

    /**
     * Calls a function under test ({@code When I call}): as {@link #run}, except that the database's own function
     * named by {@code function} (its OID) runs even when the server cannot show its body (a PL/pgSQL RPC is what
     * the checklist tests); whatever else the statement calls is judged as for any statement.
     */
    public static ProbeOutcome call(ProbeTransaction transaction, Optional<RequestIdentity> identity, long function,
                                    String sql, List<Object> parameters) {
        return probe(transaction, identity, sql, parameters, OptionalLong.of(function));
    }

    private static ProbeOutcome probe(ProbeTransaction transaction, Optional<RequestIdentity> identity, String sql,
                                      List<Object> parameters, OptionalLong subject) {
        Database database = transaction.database();
        boolean writable = transaction.writable();
        return transaction.run(session -> {
            int before = session.executed().size();
            if (identity.isPresent()) {
                actAs(session, identity.get());
            } else if (transaction.shared()) {
                actAsConnectingUser(session);
            }
            List<ExecutedQuery> settings = session.executed().subList(before, session.executed().size());
            Optional<QueryResult> result = Optional.empty();
            Optional<ProbeOutcome.ServerError> error = Optional.empty();
            Instant at = Instant.now();
            long started = System.nanoTime();
            try {
                StatementGuard.require(session, sql, subject.isPresent() ? "the call" : "the query", subject);
                at = Instant.now();
                started = System.nanoTime();
                result = Optional.of(session.query(sql, parameters.toArray()));
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                    throw e;
                }
                error = Optional.of(ProbeOutcome.ServerError.of(e));
            }
            ProbeOutcome outcome = new ProbeOutcome(database.name(), database.maskedUrl(), identity, writable, sql, parameters,
                    result, error, settings, at, Duration.ofNanos(System.nanoTime() - started));
            if (!writable && error.isPresent() && error.get().wroteWhileReadOnly()) {
                throw new ChecklistBroken("the probe tried to write in " + database.describe() + " (" + error.get() + ")"
                        + ": probes run in a read-only transaction unless the scenario is tagged @writes."
                        + " Tag the scenario @writes if the write is intended (it is rolled back either way)\n\n" + outcome.describe());
            }
            return outcome;
        });
    }

    /** In a scenario's shared transaction, a step without a role undoes what an earlier step's role set. */
    private static void actAsConnectingUser(ReadOnlySession session) throws SQLException {
        session.query(SET_CLAIMS, "", "", "");
        session.query("set local role none");
    }

    private static void actAs(ReadOnlySession session, RequestIdentity identity) throws SQLException {
        if (session.query("select 1 from pg_roles where rolname = ?", identity.role()).size() == 0) {
            throw new ChecklistBroken("role '" + identity.role() + "' does not exist in " + session.database()
                    + ": act as a role the database has (Supabase: anon, authenticated, service_role)");
        }
        session.query(SET_CLAIMS, identity.claimsJson(), identity.user().orElse(""), identity.role());
        session.query("set local role " + SqlIdentifier.quote(identity.role()));
    }
}
