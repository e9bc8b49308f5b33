package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one read-write transaction that every probe of a scenario tagged {@code @writes} shares, on one connection, as
 * a pgTAP test runs in one transaction: a user a set-up step created is there for the next step. Each probe runs
 * under a savepoint, so a statement that fails (as the checklist may expect) undoes only itself and the scenario
 * goes on. Everything is rolled back when the scenario ends, whatever happened; a connection whose state is in doubt
 * is closed, never reused.
 */
public final class ScenarioTransaction implements ProbeTransaction, AutoCloseable {

    private static final String SAVEPOINT = "verifier_step";

    private final Database database;
    private final Connection connection;
    private final ReadOnlySession session;
    private ChecklistBroken lost;
    private boolean closed;

    ScenarioTransaction(Database database, Connection connection, ReadOnlySession session) {
        this.database = database;
        this.connection = connection;
        this.session = session;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public boolean writable() {
        return true;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public <T> T run(Database.Work<T> work) {
        if (closed) {
            throw new IllegalStateException("the scenario's transaction in " + database.name() + " has ended");
        }
        if (lost != null) {
            throw new ChecklistBroken("an earlier step of this scenario lost its transaction in " + database.describe()
                    + ", so nothing after it is checked: " + lost.getMessage());
        }
        try {
            session.internal("savepoint " + SAVEPOINT);
            T result = work.run(session);
            session.internal(failed() ? "rollback to savepoint " + SAVEPOINT : "release savepoint " + SAVEPOINT);
            return result;
        } catch (SQLException e) {
            throw undo(database.failureOf(e));
        } catch (ChecklistBroken e) {
            throw undo(database.masked(e));
        }
    }

    /** Undoes the step that broke; when even that fails (the connection went, a statement ended the transaction), the scenario's transaction is lost. */
    private ChecklistBroken undo(ChecklistBroken failure) {
        try {
            if (connection.isClosed() || state() == TransactionState.IDLE) {
                lost = failure;
            } else {
                session.internal("rollback to savepoint " + SAVEPOINT);
            }
        } catch (SQLException | ChecklistBroken e) {
            lost = failure;
        }
        return failure;
    }

    private boolean failed() throws SQLException {
        return state() == TransactionState.FAILED;
    }

    private TransactionState state() throws SQLException {
        return connection.unwrap(BaseConnection.class).getTransactionState();
    }

    /** Rolls everything back; the connection returns to the pool only when the rollback worked and nothing was in doubt. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            database.endScenario(connection, lost == null);
        }
    }
}
