package dev.releasegate.verifier.rows;

import dev.releasegate.verifier.catalog.IntegrityReader;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.SqlPredicate;
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
 * (count and sum of a 64-bit hash of each row) with both sides queried at once, ranges that differ are cut
 * again until they are small, and only then are keys with their row hashes fetched, for those ranges alone. What
 * travels grows with the differences, not the table. The same machinery, over a keys-only shape, follows a table's keys
 * from one database into another ({@link #stillIn}).
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
    /** A side's table at least this many pages is read in the first pass in physical chunks at once (TID range scans). */
    static final long CHUNK_AT_PAGES = 10_000;
    /** How many chunks: as many processes as PostgreSQL's own parallel plan would use by default (a leader, two workers). */
    static final int CHUNKS = 3;
    /** Keys as the report lists them: numbers by value (3 before 11), anything else as text. */
    static final java.util.Comparator<String> KEY_ORDER = (a, b) -> {
        java.math.BigDecimal x = number(a);
        java.math.BigDecimal y = number(b);
        int order = x != null && y != null ? x.compareTo(y) : 0;
        return order != 0 ? order : a.compareTo(b);
    };

    private final Database source;
    private final Database target;
    private final RowShape shape;
    /** The source's rows compared (an exception's rows left out), as a condition; null for every row. */
    private final String sourceRows;
    /** The same condition on the target, for range digests only: fetched keys are looked for among all its rows. */
    private final String targetDigestRows;
    private final ExecutorService sides = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "row-comparison");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService chunkReaders = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "row-comparison-chunk");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final List<ExecutedQuery> evidence = Collections.synchronizedList(new ArrayList<>());

    /** The first pass's ranges when they are even, else null (width_bucket over sampled bounds). */
    private EvenRanges even;
    /** Pages of each side's table, read when its first pass is chunked: where each chunk starts. */
    private final Map<Database, Long> pages = new java.util.concurrent.ConcurrentHashMap<>();
    private long missing;
    private long sourceExcepted;
    private long unexpected;
    private long changed;
    private final TreeSet<String> missingKeys = new TreeSet<>(KEY_ORDER);
    private final TreeSet<String> unexpectedKeys = new TreeSet<>(KEY_ORDER);
    private final TreeSet<String> changedKeys = new TreeSet<>(KEY_ORDER);

    private RowComparison(Database source, Database target, RowShape shape, String sourceRows, String targetDigestRows) {
        this.source = source;
        this.target = target;
        this.shape = shape;
        this.sourceRows = sourceRows;
        this.targetDigestRows = targetDigestRows;
    }

    /** Compares the table in both databases; the shape (key and columns) comes from the source's catalog. */
    public static RowDifferences compare(Database source, Database target, RowShape shape) {
        try (RowComparison comparison = new RowComparison(source, target, shape, null, null)) {
            return comparison.run();
        }
    }

    /**
     * Which keys of the source's rows the target lacks, by range hashing over the keys alone ({@link RowShape#keysOnly}),
     * rows where {@code except} holds in the source left out. Ranges are hashed with the exception applied on both
     * sides (a range whose kept keys are the same on both holds no lost row); a range that differs is fetched with
     * the exception applied to the source only, so a row the exception would excuse in the target alone still counts
     * as there. The condition is described by both servers before it is used.
     */
    public static MissingRows stillIn(Database source, Database target, RowShape keys, SqlPredicate except) {
        String kept = null;
        if (except != null) {
            for (Database side : List.of(source, target)) {
                side.read(session -> {
                    IntegrityReader.requireCondition(session, keys.table(), except);
                    return null;
                });
            }
            kept = except.sql() + " is not true";
        }
        try (RowComparison comparison = new RowComparison(source, target, keys, kept, kept)) {
            RowDifferences found = comparison.run();
            return new MissingRows(keys.table(), found.sourceRows(), comparison.sourceExcepted, found.targetRows(), found.missing(),
                    found.missingKeys(), found.queries(), found.bytesReceived(), found.evidence());
        }
    }

    /** A key range [low, high); null ends are open. */
    private record Range(String low, String high) {
        static final Range ALL = new Range(null, null);
    }

    /** Count and hash sum of one range on one side (of the rows kept), and how many rows an exception left out. */
    private record Digest(long rows, String hash, long excepted) {
        static final Digest EMPTY = new Digest(0, "0", 0);

        boolean sameRows(Digest other) {
            return rows == other.rows && hash.equals(other.hash);
        }

        /** Two chunks' digests of one range: counts and hash sums add up. */
        Digest plus(Digest other) {
            return new Digest(rows + other.rows, new java.math.BigInteger(hash).add(new java.math.BigInteger(other.hash)).toString(),
                    excepted + other.excepted);
        }
    }

    /**
     * Equal-width ranges of an integer key, which the first pass buckets by arithmetic: width_bucket's binary search
     * over a thousand bounds costs more than scanning the row. The bounds are the same ones width_bucket would use.
     */
    private record EvenRanges(long low, long width, int parts) {
        List<String> bounds() {
            List<String> bounds = new ArrayList<>();
            for (int i = 1; i < parts; i++) {
                bounds.add(String.valueOf(low + i * width));
            }
            return bounds;
        }

        /** The key clamped to [low, start of the last range] first, so that nothing overflows; then divided. */
        String bucket(String order, List<Object> parameters) {
            parameters.addAll(List.of(low, low + (parts - 1) * width, low, width));
            return "(least(greatest(" + order + ", ?::bigint), ?::bigint) - ?::bigint) / ?::bigint";
        }
    }

    private RowDifferences run() {
        long estimate = estimateRows();
        int ranges = (int) Math.max(1, Math.min(estimate / ROWS_PER_RANGE,
                shape.nativeOrder() ? MAX_RANGES_INDEXED : MAX_RANGES_SCANNED));
        List<String> bounds = firstBounds(estimate, ranges);
        long[] totals = compareRange(Range.ALL, bounds, 0);
        sourceExcepted = totals[2];
        return new RowDifferences(shape.table(), totals[0], totals[1], missing, sample(missingKeys), unexpected,
                sample(unexpectedKeys), changed, sample(changedKeys), queries.get(), bytes.get(), evidence);
    }

    private static List<String> sample(TreeSet<String> keys) {
        return keys.stream().limit(RowDifferences.SAMPLE).toList();
    }

    /** Compares one range cut at the bounds; returns the rows seen on each side, and the source's rows excepted. */
    private long[] compareRange(Range range, List<String> bounds, int depth) {
        boolean evenly = depth == 0 && even != null;
        List<Map<Integer, Digest>> digests = both(() -> digest(source, sourceRows, range, bounds, evenly, depth == 0),
                () -> digest(target, targetDigestRows, range, bounds, evenly, depth == 0));
        Map<Integer, Digest> s = digests.get(0);
        Map<Integer, Digest> t = digests.get(1);
        long[] totals = {s.values().stream().mapToLong(Digest::rows).sum(), t.values().stream().mapToLong(Digest::rows).sum(),
                s.values().stream().mapToLong(Digest::excepted).sum()};
        TreeSet<Integer> buckets = new TreeSet<>(s.keySet());
        buckets.addAll(t.keySet());
        List<Integer> fetch = new ArrayList<>();
        for (int bucket : buckets) {
            Digest a = s.getOrDefault(bucket, Digest.EMPTY);
            Digest b = t.getOrDefault(bucket, Digest.EMPTY);
            if (a.sameRows(b)) {
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
            List<Map<String, String>> rows = both(() -> rows(source, sourceRows, range, bounds, fetch),
                    () -> rows(target, null, range, bounds, fetch));
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
        if (shape.integerKey()) {
            even = evenRanges(keys, ranges);
            if (even != null) {
                return even.bounds();
            }
        }
        List<String> bounds = new ArrayList<>();
        for (int i = 1; i < ranges; i++) {
            int at = (int) ((long) i * keys.size() / ranges);
            if (at > 0 && at < keys.size()) {
                add(bounds, keys.get(at));
            }
        }
        return bounds;
    }

    /**
     * Equal-width ranges from the source's lowest to its highest key, unless the sample shows the keys bunched (its
     * sixteenths far from where even keys would put them), or the arithmetic would not fit in a bigint.
     */
    private EvenRanges evenRanges(List<String> sample, int parts) {
        List<String> ends = query(source, "select min(" + shape.order() + ")::text, max(" + shape.order() + ")::text from "
                + shape.from()).rows().get(0);
        if (ends.get(0) == null || sample.isEmpty()) {
            return null;
        }
        try {
            long low = Long.parseLong(ends.get(0));
            long span = Math.addExact(Math.subtractExact(Long.parseLong(ends.get(1)), low), 1);
            long width = Math.max(1, Math.addExact(span, parts - 1) / parts);
            Math.addExact(low, Math.multiplyExact(width, (long) parts));
            // the sample (whole pages, sorted) against the even ranges: each sixteenth of it where it would be if even
            for (int i = 1; i < 16; i++) {
                long key = Long.parseLong(sample.get(i * sample.size() / 16));
                double expected = low + (double) span * i / 16;
                if (Math.abs(key - expected) > span / 8.0) {
                    return null;
                }
            }
            return new EvenRanges(low, width, parts);
        } catch (ArithmeticException e) {
            return null;
        }
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

    /**
     * A range's digests on one side. The first pass over a large table reads it in physical chunks at once, each a TID
     * range scan on its own connection, and adds their digests up: a grouped scan is not one PostgreSQL runs in
     * parallel itself (it expects a group per key), and a key scan is.
     */
    private Map<Integer, Digest> digest(Database side, String kept, Range range, List<String> bounds, boolean evenly, boolean whole) {
        List<String> chunks = whole ? chunks(side) : List.of("");
        if (chunks.size() == 1) {
            return digest(side, kept, range, bounds, evenly, chunks.get(0), List.of());
        }
        List<CompletableFuture<Map<Integer, Digest>>> parts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<Object> pages = new ArrayList<>();
            if (i > 0) {
                pages.add("(" + chunkStart(side, i, chunks.size()) + ",0)");
            }
            if (i < chunks.size() - 1) {
                pages.add("(" + chunkStart(side, i + 1, chunks.size()) + ",0)");
            }
            String chunk = chunks.get(i);
            parts.add(CompletableFuture.supplyAsync(() -> digest(side, kept, range, bounds, evenly, chunk, pages), chunkReaders));
        }
        Map<Integer, Digest> sum = new HashMap<>();
        for (CompletableFuture<Map<Integer, Digest>> part : parts) {
            part.join().forEach((bucket, digest) -> sum.merge(bucket, digest, Digest::plus));
        }
        return sum;
    }

    private long chunkStart(Database side, int chunk, int chunks) {
        return pages.get(side) * chunk / chunks;
    }

    /** The chunks' conditions on ctid, or one empty condition: small tables, and servers before 14 (no TID range scans). */
    private List<String> chunks(Database side) {
        List<String> row = query(side, "select current_setting('server_version_num')::int >= 140000,"
                + " pg_relation_size(to_regclass(?)) / current_setting('block_size')::bigint", shape.from()).rows().get(0);
        long size = Long.parseLong(row.get(1));
        if (!"t".equals(row.get(0)) || size < CHUNK_AT_PAGES) {
            return List.of("");
        }
        pages.put(side, size);
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < CHUNKS; i++) {
            conditions.add(i == 0 ? "ctid < ?::tid" : i == CHUNKS - 1 ? "ctid >= ?::tid" : "ctid >= ?::tid and ctid < ?::tid");
        }
        return conditions;
    }

    private Map<Integer, Digest> digest(Database side, String kept, Range range, List<String> bounds, boolean evenly, String chunk,
                                        List<Object> chunkParameters) {
        List<Object> parameters = new ArrayList<>();
        String bucket = evenly ? even.bucket(shape.order(), parameters)
                : "width_bucket(" + shape.order() + ", " + bounds(shape) + ")";
        if (!evenly) {
            parameters.add(arrayLiteral(bounds));
        }
        String where = and(where(range, parameters), chunk.isEmpty() ? null : chunk);
        parameters.addAll(chunkParameters);
        String hash = shape.rowHash();
        // an exception is a filter on the aggregates, not the scan, so that the rows it leaves out are counted too
        String digest = kept == null ? " count(*) as rows, coalesce(sum(" + hash + "), 0) as hash, 0 as excepted"
                : " count(*) filter (where " + kept + ") as rows, coalesce(sum(" + hash + ") filter (where " + kept + "), 0) as hash,"
                + " count(*) filter (where not (" + kept + ")) as excepted";
        QueryResult result = query(side, "select " + bucket + " as range," + digest
                + " from " + shape.from() + where + " group by 1", parameters.toArray());
        Map<Integer, Digest> digests = new HashMap<>();
        for (List<String> row : result.rows()) {
            digests.put(Integer.parseInt(row.get(0)), new Digest(Long.parseLong(row.get(1)), new java.math.BigInteger(row.get(2)).toString(),
                    Long.parseLong(row.get(3))));
        }
        return digests;
    }

    private Map<String, String> rows(Database side, String kept, Range range, List<String> bounds, List<Integer> buckets) {
        List<Object> parameters = new ArrayList<>();
        String where;
        if (shape.nativeOrder() && buckets.size() <= FETCH_BY_INDEX) {
            // each range an index range scan of its own, not one scan of the table
            List<String> ranges = new ArrayList<>();
            for (int bucket : buckets) {
                String condition = where(subRange(range, bounds, bucket), parameters);
                ranges.add(condition.isEmpty() ? "true" : "(" + condition.substring(" where ".length()) + ")");
            }
            where = and(" where (" + String.join(" or ", ranges) + ")", kept);
        } else {
            where = where(range, parameters);
            parameters.add(arrayLiteral(bounds));
            parameters.add(arrayLiteral(buckets.stream().map(String::valueOf).toList()));
            where = and(and(where, "width_bucket(" + shape.order() + ", " + bounds(shape) + ") = any((select ?::int[])::int[])"), kept);
        }
        QueryResult result = query(side, "select " + shape.keyText() + " as key, " + shape.rowHash() + " as hash from "
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

    private static java.math.BigDecimal number(String key) {
        if (!key.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new java.math.BigDecimal(key);
    }

    /** A where clause (or none) with one more condition (or none). */
    private static String and(String where, String condition) {
        if (condition == null) {
            return where;
        }
        return where.isEmpty() ? " where " + condition : where + " and " + condition;
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
        chunkReaders.shutdownNow();
    }
}
