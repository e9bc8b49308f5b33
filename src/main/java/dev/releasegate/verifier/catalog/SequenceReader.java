package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.ReadOnlySession;
import dev.releasegate.verifier.db.SqlIdentifier;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads sequences with the column each one feeds (serial: pg_depend type 'a', identity: type 'i') in one catalog
 * query, and, separately, where each sequence stands against its column's values in one data query.
 */
public final class SequenceReader {

    static final String SEQUENCES = """
            select n.nspname, c.relname, s.seqstart, s.seqincrement, tn.nspname, t.relname, a.attname
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_sequence s on s.seqrelid = c.oid
            left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = c.oid and d.objsubid = 0
                 and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0 and d.deptype in ('a', 'i')
            left join pg_class t on t.oid = d.refobjid
            left join pg_namespace tn on tn.oid = t.relnamespace
            left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
            where c.relkind = 'S' and %s
            order by 1, 2""".formatted(CatalogReader.USER_SCHEMAS);

    /** Where a sequence stands and the range of its column's values; absent values are empty tables. */
    public record Position(Sequence sequence, BigInteger lastValue, boolean called, Optional<BigInteger> highest,
                           Optional<BigInteger> lowest) {

        /** What nextval() will return: the last value plus the increment once it has been called, else the last value set. */
        public BigInteger nextValue() {
            return called ? lastValue.add(BigInteger.valueOf(sequence.increment())) : lastValue;
        }
    }

    private SequenceReader() {
    }

    static List<Sequence> sequences(ReadOnlySession session) throws SQLException {
        return session.query(SEQUENCES).rows().stream().map(r -> new Sequence(new QualifiedName(r.get(0), r.get(1)),
                Long.parseLong(r.get(2)), Long.parseLong(r.get(3)),
                Optional.ofNullable(r.get(5)).map(t -> new QualifiedName(r.get(4), t)), Optional.ofNullable(r.get(6)))).toList();
    }

    /**
     * One statement for all of them: each sequence's last_value and is_called next to the max and min of its
     * column. Every identifier comes from the catalog and is still quoted; the sequence is named by a bound parameter.
     */
    public static Positions positions(dev.releasegate.verifier.db.Database database, List<Sequence> sequences) {
        return database.read(session -> {
            int before = session.executed().size();
            Map<QualifiedName, Position> positions = positions(session, sequences);
            List<dev.releasegate.verifier.db.ExecutedQuery> executed = session.executed();
            return new Positions(positions, executed.subList(before, executed.size()));
        });
    }

    /** Each sequence's position by its name, and the statement that read them (none when no sequence feeds a column). */
    public record Positions(Map<QualifiedName, Position> byName, List<dev.releasegate.verifier.db.ExecutedQuery> queries) {
        public Positions {
            queries = List.copyOf(queries);
        }
    }

    static Map<QualifiedName, Position> positions(ReadOnlySession session, List<Sequence> sequences) throws SQLException {
        List<Sequence> owned = sequences.stream().filter(s -> s.table().isPresent() && s.column().isPresent()).toList();
        Map<QualifiedName, Position> out = new LinkedHashMap<>();
        if (owned.isEmpty()) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (Sequence s : owned) {
            String table = SqlIdentifier.quote(s.table().get().schema(), s.table().get().name());
            String column = SqlIdentifier.quote(s.column().get());
            parts.add("select ?::int as n, last_value::text, is_called, (select max(" + column + ")::text from " + table
                    + "), (select min(" + column + ")::text from " + table + ") from "
                    + SqlIdentifier.quote(s.name().schema(), s.name().name()));
            parameters.add(parts.size() - 1);
        }
        QueryResult result = session.query(String.join("\nunion all\n", parts), parameters.toArray());
        for (List<String> row : result.rows()) {
            Sequence s = owned.get(Integer.parseInt(row.get(0)));
            out.put(s.name(), new Position(s, new BigInteger(row.get(1)), CatalogReader.bool(row.get(2)),
                    Optional.ofNullable(row.get(3)).map(BigInteger::new), Optional.ofNullable(row.get(4)).map(BigInteger::new)));
        }
        return out;
    }
}
