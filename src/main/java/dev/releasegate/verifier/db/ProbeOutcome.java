package dev.releasegate.verifier.db;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one probe statement did: the rows it returned, or the error the server raised (with its SQLSTATE).
 * {@code statements} lists everything the probe sent, settings included, for the report; {@code at} and {@code took}
 * are when the statement under test was sent and how long it ran.
 */
public record ProbeOutcome(String database, String maskedUrl, Optional<RequestIdentity> identity, boolean writable,
                           String sql, List<Object> parameters, Optional<QueryResult> result, Optional<ServerError> error,
                           List<ExecutedQuery> statements, Instant at, Duration took) {

    /** An error as the server reported it. */
    public record ServerError(String sqlState, String message) {

        /** The server's own message text, without the driver's "ERROR:" prefix and detail lines. */
        public static ServerError of(SQLException e) {
            if (e instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                if (server != null && server.getMessage() != null) {
                    return new ServerError(e.getSQLState(), server.getMessage());
                }
            }
            return new ServerError(e.getSQLState(), e.getMessage());
        }

        /** 42501 insufficient_privilege. */
        public boolean permissionDenied() {
            return "42501".equals(sqlState);
        }

        /** 25006 read_only_sql_transaction: the probe wrote in a read-only transaction. */
        public boolean wroteWhileReadOnly() {
            return "25006".equals(sqlState);
        }

        @Override
        public String toString() {
            return "[SQLSTATE " + sqlState + "] " + message;
        }
    }

    public ProbeOutcome {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
        statements = List.copyOf(statements);
    }

    public boolean failed() {
        return error.isPresent();
    }

    /** For the report: where, as whom, what was sent, and what came back. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("database: ").append(database).append(" (").append(maskedUrl).append(")\n");
        out.append("acting as: ").append(identity.map(RequestIdentity::describe).orElse("the connecting user, no claims")).append('\n');
        out.append("transaction: ").append(writable ? "read-write (@writes)" : "read-only").append(", rolled back\n");
        out.append("at: ").append(at).append(" (").append(took.toMillis()).append(" ms)\n");
        out.append("statements:\n");
        for (ExecutedQuery q : statements) {
            out.append("  ").append(q.sql().replace("\n", "\n  "));
            if (!q.parameters().isEmpty()) {
                out.append("   -- parameters: ").append(q.parameters());
            }
            out.append('\n');
        }
        out.append("  ").append(sql.replace("\n", "\n  "));
        if (!parameters.isEmpty()) {
            out.append("   -- parameters: ").append(parameters);
        }
        out.append("\n\n");
        error.ifPresent(e -> out.append("error: ").append(e).append('\n'));
        result.ifPresent(r -> out.append(rows(r)));
        return out.toString();
    }

    private static String rows(QueryResult result) {
        StringBuilder out = new StringBuilder(String.join(" | ", result.columns())).append('\n');
        result.rows().stream().limit(200).forEach(row -> out.append(String.join(" | ",
                row.stream().map(c -> c == null ? "null" : c).toList())).append('\n'));
        if (result.size() > 200) {
            out.append("... ").append(result.size() - 200).append(" more rows not shown\n");
        }
        return out.append('(').append(result.size()).append(result.size() == 1 ? " row)" : " rows)").append('\n').toString();
    }
}
