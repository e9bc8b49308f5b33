package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A named database of the run. Every piece of work runs in its own read-only transaction that is always
 * rolled back, with a statement timeout, on a small pool of connections.
 */
public final class Database implements AutoCloseable {

    /** A unit of work inside one read-only transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ReadOnlySession session) throws SQLException;
    }

    private static final String APPLICATION_NAME = "migration-verifier";

    private final String name;
    private final ConnectionTarget target;
    private final SecretMask mask;
    private final int statementTimeoutMillis;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger queriesSent = new AtomicInteger();
    private volatile ChecklistBroken unavailable;
    private volatile String serverVersion;

    public Database(String name, ConnectionTarget target, SecretMask mask, int statementTimeoutMillis) {
        this.name = name;
        this.target = target;
        this.mask = mask;
        this.statementTimeoutMillis = statementTimeoutMillis;
    }

    public String name() {
        return name;
    }

    public String maskedUrl() {
        return target.maskedUrl();
    }

    /** "production (postgresql://app:*****@db.example.com:5432/postgres)" */
    public String describe() {
        return name + " (" + maskedUrl() + ")";
    }

    /** How many statements this run sent to this database, for benchmarks and the report. */
    public int queriesSent() {
        return queriesSent.get();
    }

    public <T> T read(Work<T> work) {
        Connection connection = borrow();
        boolean healthy = true;
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            ReadOnlySession session = new ReadOnlySession(connection, name, maskedUrl(), queriesSent::incrementAndGet);
            // set per transaction as well as per session: through a transaction pooler only this one holds
            session.query("select set_config('statement_timeout', ?, true), set_config('default_transaction_read_only', 'on', true)",
                    String.valueOf(statementTimeoutMillis));
            return work.run(session);
        } catch (SQLException e) {
            healthy = isStillUsable(e);
            throw failure(e);
        } finally {
            healthy &= rollback(connection);
            if (healthy) {
                idle.push(connection);
            } else {
                closeQuietly(connection);
            }
        }
    }

    /**
     * Runs a behaviour probe (acting as a role, calling a function) in one transaction that is ALWAYS rolled back.
     * Unlike {@link #read}, the transaction may be read-write when {@code writable} (a checklist scenario tagged
     * {@code @writes}): whatever the probe changed is undone before the connection goes back to the pool, and so
     * are the probe's {@code set local role} and {@code set_config(..., true)} settings.
     */
    public <T> T probe(boolean writable, Work<T> work) {
        Connection connection = borrow();
        boolean healthy = true;
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(!writable);
            ReadOnlySession session = new ReadOnlySession(connection, name, maskedUrl(), queriesSent::incrementAndGet);
            if (writable) {
                // the session defaults to read-only transactions; only the first statement of one may lift that
                session.query("set transaction read write");
            }
            session.query("select set_config('statement_timeout', ?, true)", String.valueOf(statementTimeoutMillis));
            return work.run(session);
        } catch (SQLException e) {
            healthy = isStillUsable(e);
            throw failure(e);
        } catch (ChecklistBroken e) {
            // a probe's message may quote its parameters, which can hold ${...} values
            throw new ChecklistBroken(mask.mask(e.getMessage()));
        } finally {
            healthy &= rollback(connection);
            if (healthy) {
                idle.push(connection);
            } else {
                closeQuietly(connection);
            }
        }
    }

    public String serverVersion() {
        if (serverVersion == null) {
            serverVersion = read(session -> session.query("show server_version").rows().get(0).get(0));
        }
        return serverVersion;
    }

    private Connection borrow() {
        if (unavailable != null) {
            throw unavailable;
        }
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        try {
            return DriverManager.getConnection(target.jdbcUrl(), target.driverProperties(statementTimeoutMillis, APPLICATION_NAME));
        } catch (SQLException e) {
            ChecklistBroken broken = connectionFailure(e);
            unavailable = broken;
            throw broken;
        }
    }

    private ChecklistBroken connectionFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = mask.mask(e.getMessage());
        String advice;
        if (state.startsWith("28")) {
            advice = "check the user and password configured for '" + name + "' (" + DatabaseSettings.environmentName(DatabaseSettings.PREFIX + name)
                    + " or -D" + DatabaseSettings.PREFIX + name + ")";
        } else if (state.equals("3D000")) {
            advice = "check the database name at the end of the address";
        } else {
            advice = "check the host and port, and that this machine may connect (firewall, IP allow list, sslmode)";
        }
        return ChecklistBroken.configuration("could not connect to database " + describe() + ": " + reason + " - " + advice);
    }

    private ChecklistBroken failure(SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("08") && !e.getSQLState().equals("08V01")) {
            return connectionFailure(e);
        }
        String state = e.getSQLState() == null ? "" : " [SQLSTATE " + e.getSQLState() + "]";
        return new ChecklistBroken("database " + describe() + " answered with an error" + state + ": " + mask.mask(e.getMessage()));
    }

    private static boolean isStillUsable(SQLException e) {
        return e.getSQLState() == null || !e.getSQLState().startsWith("08");
    }

    private static boolean rollback(Connection connection) {
        try {
            connection.rollback();
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is being thrown away; there is nothing left to tell
        }
    }

    @Override
    public void close() {
        Connection connection;
        while ((connection = idle.poll()) != null) {
            closeQuietly(connection);
        }
    }
}
