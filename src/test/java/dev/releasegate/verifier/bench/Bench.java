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

    /**
     * CPU time the database server has spent so far, in milliseconds: its postmaster with every child it has reaped,
     * plus its live children (backends, parallel workers). Unlike wall time, it does not grow when other processes
     * compete for the machine, so work can be compared on a busy one. Linux only (reads /proc); -1 elsewhere.
     */
    static long serverCpuMillis(Connection connection) throws SQLException {
        try {
            long backend = scalar(connection, "select pg_backend_pid()");
            long postmaster = Long.parseLong(stat(backend)[3]);
            String[] own = stat(postmaster);
            long ticks = Long.parseLong(own[13]) + Long.parseLong(own[14]) + Long.parseLong(own[15]) + Long.parseLong(own[16]);
            try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (java.nio.file.Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] fields;
                    try {
                        fields = stat(Long.parseLong(process.getFileName().toString()));
                    } catch (java.io.IOException gone) {
                        continue;
                    }
                    if (Long.parseLong(fields[3]) == postmaster) {
                        ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                    }
                }
            }
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The fields of /proc/<pid>/stat after the command name (which may hold spaces), numbered as proc(5) numbers them, from 0. */
    private static String[] stat(long pid) throws java.io.IOException {
        String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(pid), "stat"));
        String rest = line.substring(line.lastIndexOf(')') + 2);
        String[] tail = rest.split(" ");
        String[] fields = new String[tail.length + 2];
        fields[0] = String.valueOf(pid);
        fields[1] = line.substring(line.indexOf('('), line.lastIndexOf(')') + 1);
        System.arraycopy(tail, 0, fields, 2, tail.length);
        return fields;
    }
}
