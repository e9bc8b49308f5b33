package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One read-only transaction on one database; everything it did is rolled back when it ends. */
public final class ReadOnlySession {

    private final Connection connection;
    private final String database;
    private final String maskedUrl;
    private final List<ExecutedQuery> executed = new ArrayList<>();
    private final Runnable onQuery;
    private final Runnable onRoundTrip;
    private final Function<SQLException, ChecklistBroken> notTheStatement;
    /** The statements that set the transaction up, not yet sent: they travel in front of the first statement. */
    private Opening opening;
    private boolean opened;
    /** Answers to statements sent ahead ({@link #sendAhead}), by their SQL, until the work runs them. */
    private final Map<String, ExecutedQuery> sentAhead = new HashMap<>();

    /**
     * What a transaction runs before any work: statements without parameters (so that the work's own parameters keep
     * their numbers), and how many results they give back.
     */
    record Opening(String sql, int statements) {
    }

    /**
     * @param opening         sent in the same round trip as the first statement (the driver's BEGIN travels with it
     *                        too), so that a read that runs one query costs one round trip and the rollback
     * @param notTheStatement for an error that is not the statement's own (the connection was lost, the statement
     *                        timeout struck), the item's configuration failure; null for the statement's own error
     */
    ReadOnlySession(Connection connection, String database, String maskedUrl, Opening opening, Runnable onQuery, Runnable onRoundTrip,
                    Function<SQLException, ChecklistBroken> notTheStatement) {
        this.connection = connection;
        this.database = database;
        this.maskedUrl = maskedUrl;
        this.opening = opening;
        this.onQuery = onQuery;
        this.onRoundTrip = onRoundTrip;
        this.notTheStatement = notTheStatement;
    }

    /**
     * Runs one statement with bound parameters and returns every row as text. An SQLException is the statement's own
     * error; a lost connection or the statement timeout is thrown as a {@link ChecklistBroken} of the configuration.
     */
    public QueryResult query(String sql, Object... parameters) throws SQLException {
        ExecutedQuery answered = parameters.length == 0 ? sentAhead.remove(sql.strip()) : null;
        if (answered != null) {
            executed.add(answered);
            return answered.result();
        }
        Instant start = Instant.now();
        long nanos = System.nanoTime();
        Opening sent = opening;
        try (PreparedStatement statement = prepare(sql, parameters)) {
            boolean hasRows = execute(statement, sent);
            requireTransactionStillOpen(sql);
            QueryResult result = hasRows ? read(statement.getResultSet()) : new QueryResult(List.of(), List.of());
            executed.add(new ExecutedQuery(database, maskedUrl, sql.strip(), Arrays.asList(parameters), result, start,
                    Duration.ofNanos(System.nanoTime() - nanos)));
            return result;
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    /**
     * Sends statements without parameters that the work is about to run, all in one round trip (the driver pipelines
     * them); each is then answered from here when the work runs it with {@link #query}, and only then becomes part of
     * what this session executed. Each records the time of the whole round trip. Any error fails them all.
     */
    public void sendAhead(List<String> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        Instant start = Instant.now();
        long nanos = System.nanoTime();
        Opening sent = opening;
        String joined = String.join(";\n", statements.stream().map(String::strip).toList());
        try (PreparedStatement statement = prepare(joined)) {
            for (int i = 1; i < statements.size(); i++) {
                onQuery.run();
            }
            boolean hasRows = execute(statement, sent);
            requireTransactionStillOpen(joined);
            List<QueryResult> results = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                results.add(hasRows ? read(statement.getResultSet()) : new QueryResult(List.of(), List.of()));
                hasRows = i + 1 < statements.size() && statement.getMoreResults();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - nanos);
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i).strip();
                sentAhead.put(sql, new ExecutedQuery(database, maskedUrl, sql, List.of(), results.get(i), start, elapsed));
            }
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    /**
     * Runs SQL a checklist wrote: refused before anything is sent unless every function the server resolved for it
     * stays inside the transaction ({@link StatementGuard}).
     */
    public QueryResult queryFromChecklist(String sql) throws SQLException {
        try {
            StatementGuard.require(this, sql, "the query");
        } catch (SQLException e) {
            throw translated(e);
        }
        return query(sql);
    }

    /** The verifier's own statement (a savepoint, a setting): counted, not part of the evidence. */
    void internal(String sql, Object... parameters) throws SQLException {
        Opening sent = opening;
        try (PreparedStatement statement = prepare(sql, parameters)) {
            execute(statement, sent);
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    /** Counts a statement sent directly on the connection, in a round trip of its own. */
    void counted() {
        onQuery.run();
        onRoundTrip.run();
    }

    /** The statement, with the opening in front of it while the opening has not been sent. */
    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(opening == null ? sql : opening.sql() + ";\n" + sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** Executes in one round trip; whether the statement's own first result has rows (the opening's results are skipped). */
    private boolean execute(PreparedStatement statement, Opening sent) throws SQLException {
        onQuery.run();
        onRoundTrip.run();
        if (sent != null) {
            for (int i = 0; i < sent.statements(); i++) {
                onQuery.run();
            }
        }
        boolean hasRows = statement.execute();
        if (sent != null) {
            opening = null;
            opened = true;
            for (int i = 0; i < sent.statements(); i++) {
                hasRows = statement.getMoreResults();
            }
        }
        return hasRows;
    }

    /** Sends the opening on its own, for work that uses the connection directly. */
    private void open() throws SQLException {
        if (opening != null) {
            Opening sent = opening;
            onRoundTrip.run();
            for (int i = 0; i < sent.statements(); i++) {
                onQuery.run();
            }
            try (PreparedStatement statement = connection.prepareStatement(sent.sql())) {
                statement.execute();
            } catch (SQLException e) {
                throw translated(e);
            }
            opening = null;
            opened = true;
        }
    }

    /**
     * Whether the transaction's opening reached the server and came back: until then nothing of the work has run,
     * so a connection found closed may be replaced and the work run again.
     */
    boolean opened() {
        return opened;
    }

    /**
     * A setting the server reported when the connection started (ParameterStatus: server_version, server_encoding,
     * ...), as the driver keeps it: read without a round trip, and without opening the transaction.
     */
    public Optional<String> reportedSetting(String name) throws SQLException {
        return Optional.ofNullable(connection.unwrap(BaseConnection.class).getParameterStatus(name));
    }

    /** An array parameter, built by the driver without asking the server (the transaction is not opened for it). */
    public Array arrayOf(String elementType, Object[] elements) throws SQLException {
        return connection.createArrayOf(elementType, elements);
    }

    private SQLException translated(SQLException e) {
        ChecklistBroken failure = notTheStatement.apply(e);
        if (failure != null) {
            throw failure;
        }
        return e;
    }

    /**
     * A statement that ends the transaction (COMMIT, ROLLBACK, END) would let the next one start a read-write
     * transaction of its own; nothing may run after it, and the connection is not reused.
     */
    private void requireTransactionStillOpen(String sql) throws SQLException {
        if (connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE) {
            throw new SQLException("refused: the statement ended the read-only transaction (" + sql.strip().lines().findFirst().orElse("")
                    + "); the verifier only runs work inside one read-only transaction", "08V01");
        }
    }

    /** The statements this session ran, in order, for the report. */
    public List<ExecutedQuery> executed() {
        return List.copyOf(executed);
    }

    /** The connection, for work that sends statements itself: the transaction's opening is sent first. */
    public Connection connection() throws SQLException {
        open();
        return connection;
    }

    public String database() {
        return database;
    }

    public String maskedUrl() {
        return maskedUrl;
    }

    private static QueryResult read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(text(rs, meta, i));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows);
    }

    private static String text(ResultSet rs, ResultSetMetaData meta, int column) throws SQLException {
        int type = meta.getColumnType(column);
        if (type == Types.BOOLEAN || type == Types.BIT) {
            boolean value = rs.getBoolean(column);
            return rs.wasNull() ? null : String.valueOf(value);
        }
        return rs.getString(column);
    }
}
