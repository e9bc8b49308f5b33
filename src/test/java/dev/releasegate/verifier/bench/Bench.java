package dev.releasegate.verifier.bench;

import dev.releasegate.verifier.db.ConnectionTarget;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.EmbeddedDatabases;
import dev.releasegate.verifier.steps.VerifierRun;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What the benchmarks share: databases in the run's embedded server, timing, and running two things at once. */
final class Bench {

    private Bench() {
    }

    /** Builds the first database from SQL, then the second as a file copy of it, plus SQL applied to the copy. */
    static String[] pair(String first, String second, List<String> sql, List<String> secondSql) {
        EmbeddedDatabases embedded = VerifierRun.current().embedded();
        String a = embedded.createDatabase(first, sql);
        embedded.server().createDatabaseFromTemplate(second, first);
        embedded.applyScripts(second, secondSql);
        return new String[] {a, embedded.server().jdbcUrl(second)};
    }

    static Database database(String name, String url) {
        return new Database(name, ConnectionTarget.parse(url, VerifierRun.current().mask()), VerifierRun.current().mask(), 600_000);
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    static long millis(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1_000_000;
    }

    static <T> List<T> both(ExecutorService pool, Callable<T> a, Callable<T> b) throws Exception {
        Future<T> x = pool.submit(a);
        Future<T> y = pool.submit(b);
        return List.of(x.get(), y.get());
    }

    static ExecutorService twoThreads() {
        return Executors.newFixedThreadPool(2);
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
