package dev.releasegate.verifier.rows;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.QueryResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Compares one table's rows in two databases by primary key without pulling either table over the wire, the way
 * data-diff does: the source's key space is cut into ranges, each side hashes its rows per range in the database
 * (count and sum of a 64-bit hash of each row's text) with both sides queried at once, ranges that differ are cut
 * again until they are small, and only then are keys with their row hashes fetched, for those ranges alone. What
 * travels grows with the differences, not the table.
 */
public final class RowComparison implements AutoCloseable {

    /** Rows per range aimed for on the first pass. */
    static final int ROWS_PER_RANGE = 1000;
    /** Ranges this small (on both sides) are fetched as keys and row hashes instead of being cut again. */
    static final int FETCH_AT_MOST = 2000;
    /** How many sub-ranges a differing range is cut into. */
    static final int SPLIT = 32;
    /** First-pass ranges when the key's index is usable: later passes are cheap index range scans. */
    static final int MAX_RANGES_INDEXED = 1024;
    /** First-pass ranges otherwise: enough that later passes, full scans then, are rarely needed. */
    static final int MAX_RANGES_SCANNED = 16384;
    private static final int MAX_DEPTH = 6;
    /** Up to this many ranges are fetched as separate index range scans in one statement. */
    private static final int FETCH_BY_INDEX = 200;
    /** Sampled keys per first-pass range: boundaries need not be exact, only the same on both sides. */
    private static final int SAMPLE_PER_RANGE = 10;
    private static final int EVIDENCE_QUERIES = 8;

    private final Database source;
    private final Database target;
    private final RowShape shape;
    private final ExecutorService sides = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "row-comparison");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final List<ExecutedQuery> evidence = Collections.synchronizedList(new ArrayList<>());

    private long missing;
    private long unexpected;
    private long changed;
    private final TreeSet<String> missingKeys = new TreeSet<>();
    private final TreeSet<String> unexpectedKeys = new TreeSet<>();
    private final TreeSet<String> changedKeys = new TreeSet<>();

    private RowComparison(Database source, Database target, RowShape shape) {
        this.source = source;
        this.target = target;
        this.shape = shape;
    }

    /** Compares the table in both databases; the shape (key and columns) comes from the source's catalog. */
    public static RowDifferences compare(Database source, Database target, RowShape shape) {
        try (RowComparison comparison = new RowComparison(source, target, shape)) {
            return comparison.run();
        }
    }

    /** A key range [low, high); null ends are open. */
    private record Range(String low, String high) {
        static final Range ALL = new Range(null, null);
    }

    /** Count and hash sum of one range on one side. */
    private record Digest(long rows, String hash) {
        static final Digest EMPTY = new Digest(0, "0");
    }

    private RowDifferences run() {
        long estimate = estimateRows();
        int ranges = (int) Math.max(1, Math.min(estimate / ROWS_PER_RANGE,
                shape.nativeOrder() ? MAX_RANGES_INDEXED : MAX_RANGES_SCANNED));
        List<String> bounds = firstBounds(estimate, ranges);
        long[] totals = compareRange(Range.ALL, bounds, 0);
        return new RowDifferences(shape.table(), totals[0], totals[1], missing, sample(missingKeys), unexpected,
                sample(unexpectedKeys), changed, sample(changedKeys), queries.get(), bytes.get(), evidence);
    }

    private static List<String> sample(TreeSet<String> keys) {
        return keys.stream().limit(RowDifferences.SAMPLE).toList();
    }

    /** Compares one range cut at the bounds; returns the rows seen on each side. */
    private long[] compareRange(Range range, List<String> bounds, int depth) {
        List<Map<Integer, Digest>> digests = both(() -> digest(source, range, bounds), () -> digest(target, range, bounds));
        Map<Integer, Digest> s = digests.get(0);
        Map<Integer, Digest> t = digests.get(1);
        long[] totals = {s.values().stream().mapToLong(Digest::rows).sum(), t.values().stream().mapToLong(Digest::rows).sum()};
        TreeSet<Integer> buckets = new TreeSet<>(s.keySet());
        buckets.addAll(t.keySet());
        List<Integer> fetch = new ArrayList<>();
        for (int bucket : buckets) {
            Digest a = s.getOrDefault(bucket, Digest.EMPTY);
            Digest b = t.getOrDefault(bucket, Digest.EMPTY);
            if (a.equals(b)) {
                continue;
            }
            Range sub = subRange(range, bounds, bucket);
            long rows = Math.max(a.rows(), b.rows());
            List<String> subBounds = rows > FETCH_AT_MOST && depth < MAX_DEPTH
                    ? splitBounds(sub, a.rows() >= b.rows() ? source : target, rows, SPLIT) : List.of();
            if (subBounds.isEmpty()) {
                fetch.add(bucket);
            } else {
                compareRange(sub, subBounds, depth + 1);
            }
        }
        if (!fetch.isEmpty()) {
            List<Map<String, String>> rows = both(() -> rows(source, range, bounds, fetch), () -> rows(target, range, bounds, fetch));
            reconcile(rows.get(0), rows.get(1));
        }
        return totals;
    }

    private static Range subRange(Range range, List<String> bounds, int bucket) {
        String low = bucket == 0 ? range.low() : bounds.get(bucket - 1);
        String high = bucket == bounds.size() ? range.high() : bounds.get(bucket);
        return new Range(low, high);
    }

    private void reconcile(Map<String, String> s, Map<String, String> t) {
        for (Map.Entry<String, String> row : s.entrySet()) {
            String other = t.get(row.getKey());
            if (other == null) {
                missing++;
                keep(missingKeys, row.getKey());
            } else if (!other.equals(row.getValue())) {
                changed++;
                keep(changedKeys, row.getKey());
            }
        }
        for (String key : t.keySet()) {
            if (!s.containsKey(key)) {
                unexpected++;
                keep(unexpectedKeys, key);
            }
        }
    }

    /** Keeps the lowest keys only, so the report's sample does not depend on the order ranges were visited. */
    private static void keep(TreeSet<String> keys, String key) {
        keys.add(key);
        if (keys.size() > RowDifferences.SAMPLE) {
            keys.pollLast();
        }
    }

    // SQL ---------------------------------------------------------------------------------------------------------

    private long estimateRows() {
        QueryResult result = query(source, "select c.reltuples::bigint from pg_class c where c.oid = to_regclass(?)", shape.from());
        long estimate = result.size() == 1 && result.rows().get(0).get(0) != null ? Long.parseLong(result.rows().get(0).get(0)) : -1;
        if (estimate >= 0) {
            return estimate;
        }
        // never analysed: count it, once, on the source
        return Long.parseLong(query(source, "select count(*) from " + shape.from()).rows().get(0).get(0));
    }

    /** Boundaries that cut the source's key space into about this many ranges of similar size. */
    private List<String> firstBounds(long estimate, int ranges) {
        if (ranges <= 1) {
            return List.of();
        }
        if (estimate <= 100_000) {
            return splitBounds(Range.ALL, source, estimate, ranges);
        }
        double percent = Math.min(100.0, 100.0 * SAMPLE_PER_RANGE * ranges / estimate);
        QueryResult sampled = query(source, "select " + shape.order() + " as k from " + shape.from()
                + " tablesample system (?::real) order by 1", percent);
        List<String> keys = sampled.rows().stream().map(r -> r.get(0)).toList();
        List<String> bounds = new ArrayList<>();
        for (int i = 1; i < ranges; i++) {
            int at = (int) ((long) i * keys.size() / ranges);
            if (at > 0 && at < keys.size()) {
                add(bounds, keys.get(at));
            }
        }
        return bounds;
    }

    /** Every n-th key of a range on one side, so that the range falls into about this many parts. */
    private List<String> splitBounds(Range range, Database side, long rows, int parts) {
        long step = Math.max(1, (rows + parts - 1) / parts);
        List<Object> parameters = new ArrayList<>();
        String where = where(range, parameters);
        parameters.add(step);
        QueryResult result = query(side, "select k from (select " + shape.order() + " as k, row_number() over (order by "
                + shape.order() + ") as n from " + shape.from() + where + ") s where n % ? = 0 order by n", parameters.toArray());
        List<String> bounds = new ArrayList<>();
        for (List<String> row : result.rows()) {
            add(bounds, row.get(0));
        }
        return bounds;
    }

    private static void add(List<String> bounds, String key) {
        if (bounds.isEmpty() || !bounds.get(bounds.size() - 1).equals(key)) {
            bounds.add(key);
        }
    }

    private Map<Integer, Digest> digest(Database side, Range range, List<String> bounds) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(arrayLiteral(bounds));
        String where = where(range, parameters);
        QueryResult result = query(side, "select width_bucket(" + shape.order() + ", " + bounds(shape) + ") as range,"
                + " count(*) as rows, coalesce(sum(hashtextextended(" + shape.rowText() + ", 0)), 0) as hash from "
                + shape.from() + where + " group by 1", parameters.toArray());
        Map<Integer, Digest> digests = new HashMap<>();
        for (List<String> row : result.rows()) {
            digests.put(Integer.parseInt(row.get(0)), new Digest(Long.parseLong(row.get(1)), row.get(2)));
        }
        return digests;
    }

    private Map<String, String> rows(Database side, Range range, List<String> bounds, List<Integer> buckets) {
        List<Object> parameters = new ArrayList<>();
        String where;
        if (shape.nativeOrder() && buckets.size() <= FETCH_BY_INDEX) {
            // each range an index range scan of its own, not one scan of the table
            List<String> ranges = new ArrayList<>();
            for (int bucket : buckets) {
                String condition = where(subRange(range, bounds, bucket), parameters);
                ranges.add(condition.isEmpty() ? "true" : "(" + condition.substring(" where ".length()) + ")");
            }
            where = " where " + String.join(" or ", ranges);
        } else {
            where = where(range, parameters);
            parameters.add(arrayLiteral(bounds));
            parameters.add(arrayLiteral(buckets.stream().map(String::valueOf).toList()));
            where += (where.isEmpty() ? " where " : " and ") + "width_bucket(" + shape.order() + ", " + bounds(shape)
                    + ") = any((select ?::int[])::int[])";
        }
        QueryResult result = query(side, "select " + shape.keyText() + " as key, hashtextextended(" + shape.rowText() + ", 0) as hash from "
                + shape.from() + where, parameters.toArray());
        Map<String, String> rows = new HashMap<>();
        for (List<String> row : result.rows()) {
            rows.put(row.get(0), row.get(1));
        }
        return rows;
    }

    /**
     * The boundaries as an array parameter read once per statement: a bare {@code ?::bigint[]} is an array input
     * call that PostgreSQL does not fold, and would parse the whole array again for every row.
     */
    private static String bounds(RowShape shape) {
        return "(select ?::" + shape.orderType() + "[])";
    }

    /** The range as a condition on the ordering expression (an index range scan when the key is natively ordered). */
    private String where(Range range, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (range.low() != null) {
            conditions.add(shape.order() + " >= ?::" + shape.orderType());
            parameters.add(range.low());
        }
        if (range.high() != null) {
            conditions.add(shape.order() + " < ?::" + shape.orderType());
            parameters.add(range.high());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static String arrayLiteral(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    private QueryResult query(Database side, String sql, Object... parameters) {
        return side.read(session -> {
            QueryResult result = session.query(sql, parameters);
            queries.incrementAndGet();
            long received = 0;
            for (List<String> row : result.rows()) {
                for (String cell : row) {
                    received += cell == null ? 1 : cell.length();
                }
            }
            bytes.addAndGet(received);
            if (evidence.size() < EVIDENCE_QUERIES) {
                evidence.add(session.executed().get(session.executed().size() - 1));
            }
            return result;
        });
    }

    /** Runs the same work on both sides at once: a pass costs the slower side, not the sum. */
    private <T> List<T> both(Supplier<T> onSource, Supplier<T> onTarget) {
        CompletableFuture<T> s = CompletableFuture.supplyAsync(onSource, sides);
        CompletableFuture<T> t = CompletableFuture.supplyAsync(onTarget, sides);
        try {
            return List.of(s.join(), t.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ChecklistBroken(Objects.toString(e.getCause().getMessage()));
        }
    }

    @Override
    public void close() {
        sides.shutdownNow();
    }
}
