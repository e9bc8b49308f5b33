package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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

    /** The role a session logs in as, and the two attributes that let it see past what the checklist checks. */
    public record SessionRole(String name, boolean superuser, boolean bypassesRowLevelSecurity) {
    }

    private static final String APPLICATION_NAME = "migration-verifier";
    /** 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now: the server went away or is restarting. */
    private static final List<String> SERVER_GONE = List.of("57P01", "57P02", "57P03");
    /** Raised by {@link ReadOnlySession} when a statement ended the transaction: the checklist's fault, not the connection's. */
    private static final String ENDED_TRANSACTION = "08V01";

    private enum Transaction { READ, PROBE, WRITABLE_PROBE }

    private final String name;
    private final ConnectionTarget target;
    private final SecretMask mask;
    private final int statementTimeoutMillis;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final IdleConnections budget;
    private final AtomicInteger queriesSent = new AtomicInteger();
    private final AtomicInteger roundTrips = new AtomicInteger();
    private volatile ChecklistBroken unavailable;
    private volatile String serverVersion;
    private volatile SessionRole sessionRole;

    public Database(String name, ConnectionTarget target, SecretMask mask, int statementTimeoutMillis) {
        this(name, target, mask, statementTimeoutMillis, IdleConnections.unbounded());
    }

    /** A database of a run, whose idle connections count against the run's limit. */
    public Database(String name, ConnectionTarget target, SecretMask mask, int statementTimeoutMillis, IdleConnections budget) {
        this.budget = budget;
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

    /**
     * How many round trips this run made to this database once connected (each waits for the server's answer), for
     * benchmarks: across a network each costs the latency, whatever the statements do.
     */
    public int roundTrips() {
        return roundTrips.get();
    }

    /** Runs work in one READ ONLY transaction, always rolled back, that sees every row or fails saying why it cannot. */
    public <T> T read(Work<T> work) {
        return inTransaction(Transaction.READ, work);
    }

    /**
     * Runs a behaviour probe (acting as a role, calling a function) in one transaction that is ALWAYS rolled back.
     * Unlike {@link #read}, row level security applies as to any client, and the transaction may be read-write when
     * {@code writable} (a checklist scenario tagged {@code @writes}): whatever the probe changed is undone before the
     * connection goes back to the pool, and so are the probe's {@code set local role} and {@code set_config(..., true)}.
     */
    public <T> T probe(boolean writable, Work<T> work) {
        return inTransaction(writable ? Transaction.WRITABLE_PROBE : Transaction.PROBE, work);
    }

    /** Probes that each run in a transaction of their own ({@link #probe}). */
    public ProbeTransaction alone(boolean writable) {
        Database database = this;
        return new ProbeTransaction() {
            @Override
            public Database database() {
                return database;
            }

            @Override
            public boolean writable() {
                return writable;
            }

            @Override
            public boolean shared() {
                return false;
            }

            @Override
            public <T> T run(Work<T> work) {
                return probe(writable, work);
            }
        };
    }

    /**
     * One read-write transaction for every probe of a scenario tagged {@code @writes}, on a connection of its own
     * until {@link ScenarioTransaction#close()} rolls it back.
     */
    public ScenarioTransaction beginScenario() {
        if (unavailable != null) {
            throw unavailable;
        }
        Connection connection = idle.poll();
        if (connection != null) {
            budget.borrowed(connection);
        } else {
            connection = open();
        }
        try {
            return new ScenarioTransaction(this, connection, begin(connection, Transaction.WRITABLE_PROBE));
        } catch (SQLException e) {
            endScenario(connection, false);
            throw failureOf(e);
        }
    }

    /** The end of a scenario's transaction: rolled back, and the connection pooled again only when nothing is in doubt. */
    void endScenario(Connection connection, boolean healthy) {
        if (rollback(connection) && healthy) {
            giveBack(connection);
        } else {
            closeQuietly(connection);
        }
    }

    /** A statement's error as the item's failure (the connection lost, a timeout, or the statement's own error). */
    ChecklistBroken failureOf(SQLException e) {
        return failure(e);
    }

    /** A message may quote a probe's parameters, which can hold ${...} values. */
    ChecklistBroken masked(ChecklistBroken e) {
        String masked = mask.mask(e.getMessage());
        return masked.equals(e.getMessage()) || e.isConfiguration() ? e : new ChecklistBroken(masked);
    }

    public String serverVersion() {
        if (serverVersion == null) {
            // the server reports it as the connection starts (and a pooler passes it on): no round trip to ask again
            serverVersion = read(session -> {
                Optional<String> reported = session.reportedSetting("server_version");
                return reported.isPresent() ? reported.get() : session.query("show server_version").rows().get(0).get(0);
            });
        }
        return serverVersion;
    }

    /**
     * Who the verifier is in this database: a superuser or a role with BYPASSRLS could do more than read, or see rows a
     * checklist believes hidden; the report warns about both (the gate's own role, sql/verifier-role.sql, is neither).
     */
    public SessionRole sessionRole() {
        if (sessionRole == null) {
            sessionRole = read(session -> {
                List<String> row = session.query("select rolname::text, rolsuper, rolbypassrls from pg_roles where rolname = session_user")
                        .rows().get(0);
                return new SessionRole(row.get(0), Boolean.parseBoolean(row.get(1)), Boolean.parseBoolean(row.get(2)));
            });
        }
        return sessionRole;
    }

    /**
     * The one place a transaction begins and ends: READ ONLY unless a writable probe, the statement timeout and the
     * read-only default set for this transaction (through a transaction pooler only these hold), and a rollback
     * whatever happens. The settings travel with the work's first statement, so a read of one query costs two round
     * trips: that statement, and the rollback. A pooled connection the server closed while it sat idle (a restart) is
     * replaced once, when it fails before the transaction's opening came back: nothing of the work ran on it, and what
     * a transaction did is rolled back anyway.
     */
    private <T> T inTransaction(Transaction kind, Work<T> work) {
        if (unavailable != null) {
            throw unavailable;
        }
        Connection pooled = idle.poll();
        if (pooled != null) {
            budget.borrowed(pooled);
            try {
                return inTransaction(pooled, true, kind, work);
            } catch (ClosedWhileIdle e) {
                // run the work again on a new connection, below
            }
        }
        return inTransaction(open(), false, kind, work);
    }

    /** Thrown when a pooled connection turned out closed before any work ran on it. */
    private static final class ClosedWhileIdle extends RuntimeException {
        ClosedWhileIdle() {
            super(null, null, false, false);
        }
    }

    private <T> T inTransaction(Connection connection, boolean wasIdle, Transaction kind, Work<T> work) {
        boolean healthy = true;
        ReadOnlySession session = null;
        try {
            session = begin(connection, kind);
            return work.run(session);
        } catch (SQLException e) {
            healthy = isStillUsable(e);
            if (wasIdle && (session == null || !session.opened()) && connectionLost(e)) {
                throw new ClosedWhileIdle();
            }
            throw failure(e);
        } catch (ChecklistBroken e) {
            if (wasIdle && (session == null || !session.opened()) && e.isConfiguration() && isClosed(connection)) {
                healthy = false;
                throw new ClosedWhileIdle();
            }
            throw masked(e);
        } finally {
            healthy &= rollback(connection);
            if (healthy) {
                giveBack(connection);
            } else {
                closeQuietly(connection);
            }
        }
    }

    /**
     * The transaction on {@code connection}, begun by the driver (BEGIN READ ONLY, or BEGIN for a writable probe) in
     * front of the first statement, with the settings to send along with it; nothing is sent yet.
     */
    private ReadOnlySession begin(Connection connection, Transaction kind) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(kind != Transaction.WRITABLE_PROBE);
        // row_security off: a read that row level security would filter fails instead of counting only what the
        // role may see; a probe sees what the acted role sees. Literals, not parameters: the opening goes in front of
        // the work's first statement, whose parameters keep their numbers.
        String settings = "select set_config('statement_timeout', '" + statementTimeoutMillis + "', true),"
                + " set_config('default_transaction_read_only', 'on', true), set_config('row_security', '"
                + (kind == Transaction.READ ? "off" : "on") + "', true)";
        ReadOnlySession.Opening opening = kind == Transaction.WRITABLE_PROBE
                // the session defaults to read-only transactions; only the first statement of one may lift that
                ? new ReadOnlySession.Opening("set transaction read write;\n" + settings, 2)
                : new ReadOnlySession.Opening(settings, 1);
        // a probe acts as a role that row level security applies to: its refusal is the statement's own error there
        return new ReadOnlySession(connection, name, maskedUrl(), opening, queriesSent::incrementAndGet, roundTrips::incrementAndGet,
                e -> kind != Transaction.READ && rowLevelSecurity(e) ? null : notTheStatement(e));
    }

    private Connection open() {
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
        if (cause(e, UnknownHostException.class)) {
            return ChecklistBroken.configuration("could not connect to database " + describe() + ": the host name '" + target.host()
                    + "' could not be resolved - check the host name in the address (a typo, a project that was deleted or"
                    + " paused, or a network without DNS)");
        }
        String reason = mask.mask(e.getMessage());
        String advice;
        if (state.startsWith("28")) {
            advice = "check the user and password configured for '" + name + "' (" + DatabaseSettings.environmentName(DatabaseSettings.PREFIX + name)
                    + " or -D" + DatabaseSettings.PREFIX + name + ")";
        } else if (state.equals("3D000")) {
            advice = "check the database name at the end of the address";
        } else if (state.equals("57P03")) {
            advice = "the server is starting up or shutting down; run again when it is back";
        } else {
            advice = "check the host and port, and that this machine may connect (firewall, IP allow list, sslmode)";
        }
        return ChecklistBroken.configuration("could not connect to database " + describe() + ": " + reason + " - " + advice);
    }

    /**
     * Errors that are not the statement's fault, as the configuration failures they are: the connection was lost
     * (the server restarted, or an administrator ended the session), the statement timeout struck, or row level
     * security hides rows a read must see. Null for the statement's own error.
     */
    private ChecklistBroken notTheStatement(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (connectionLost(e)) {
            return lostConnection(mask.mask(message));
        }
        if (state.equals("57014")) {
            if (message.contains("statement timeout")) {
                return ChecklistBroken.configuration("a statement in database " + describe() + " ran longer than the statement timeout of "
                        + statementTimeoutMillis + " ms (-D" + DatabaseSettings.STATEMENT_TIMEOUT + "=" + statementTimeoutMillis
                        + ") and was cancelled, so this item was not checked - raise -D" + DatabaseSettings.STATEMENT_TIMEOUT
                        + " if it is expected to take that long, or find out why it is slow");
            }
            return ChecklistBroken.configuration("a statement in database " + describe() + " was cancelled by the server ("
                    + mask.mask(message) + "), so this item was not checked - run again");
        }
        if (rowLevelSecurity(e)) {
            return ChecklistBroken.configuration("row level security hides rows from the role the verifier connects as in database "
                    + describe() + " (" + mask.mask(message) + "): the verifier reads every row it checks and will not count only"
                    + " the rows this role may see - connect as a role with BYPASSRLS (src/main/resources/sql/verifier-role.sql,"
                    + " README: A role for the gate)");
        }
        return null;
    }

    private static boolean rowLevelSecurity(SQLException e) {
        return "42501".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().contains("row-level security");
    }

    private ChecklistBroken lostConnection(String reason) {
        return ChecklistBroken.configuration("lost the connection to database " + describe() + " (" + reason + "): the server"
                + " restarted, shut down, or ended the session, so this item was not checked - run again when the server is back");
    }

    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return (state.startsWith("08") && !state.equals(ENDED_TRANSACTION)) || SERVER_GONE.contains(state);
    }

    private static boolean cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private ChecklistBroken failure(SQLException e) {
        ChecklistBroken configuration = notTheStatement(e);
        if (configuration != null) {
            return configuration;
        }
        String state = e.getSQLState() == null ? "" : " [SQLSTATE " + e.getSQLState() + "]";
        return new ChecklistBroken("database " + describe() + " answered with an error" + state + ": " + mask.mask(e.getMessage()));
    }

    /** A lost connection is gone; one whose statement ended the transaction is not trusted with another. */
    private static boolean isStillUsable(SQLException e) {
        return e.getSQLState() == null || !(e.getSQLState().startsWith("08") || SERVER_GONE.contains(e.getSQLState()));
    }

    private boolean rollback(Connection connection) {
        try {
            if (connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
                roundTrips.incrementAndGet();
            }
            connection.rollback();
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is being thrown away; there is nothing left to tell
        }
    }

    private void giveBack(Connection connection) {
        idle.push(connection);
        budget.returned(this, connection);
    }

    /** Takes an idle connection out of this pool for the run's limit to close; false when a step borrowed it meanwhile. */
    boolean takeIdle(Connection connection) {
        return idle.remove(connection);
    }

    @Override
    public void close() {
        budget.closed(this);
        Connection connection;
        while ((connection = idle.poll()) != null) {
            closeQuietly(connection);
        }
    }
}
