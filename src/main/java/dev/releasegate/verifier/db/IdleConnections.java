package dev.releasegate.verifier.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The run's idle connections across every database, kept to a limit ({@code verify.connections.idle}): when one
 * more would pass it, the one idle longest is closed, whichever database it belongs to. Without a limit, a run
 * naming 180 databases kept 180 connections open and the server refused the rest ("too many clients").
 */
public final class IdleConnections {

    /** An idle connection and the database whose pool holds it. */
    private record Idle(Database owner, Connection connection) {
    }

    private final int limit;
    private final Deque<Idle> oldestFirst = new ArrayDeque<>();

    public IdleConnections(int limit) {
        this.limit = limit;
    }

    /** No limit: a database on its own (a test, a tool) keeps what it opens. */
    static IdleConnections unbounded() {
        return new IdleConnections(Integer.MAX_VALUE);
    }

    synchronized void returned(Database owner, Connection connection) {
        oldestFirst.addLast(new Idle(owner, connection));
        while (oldestFirst.size() > limit) {
            Idle oldest = oldestFirst.pollFirst();
            if (oldest.owner().takeIdle(oldest.connection())) {
                close(oldest.connection());
            }
        }
    }

    synchronized void borrowed(Connection connection) {
        oldestFirst.removeIf(idle -> idle.connection() == connection);
    }

    synchronized void closed(Database owner) {
        oldestFirst.removeIf(idle -> idle.owner() == owner);
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // an idle connection being let go; there is nothing left to tell
        }
    }
}
