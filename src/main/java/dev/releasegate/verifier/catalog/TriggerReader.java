package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ReadOnlySession;

import java.sql.SQLException;
import java.util.List;

/** Reads every user trigger of every user schema in one query (internal and partition-clone triggers excluded). */
final class TriggerReader {

    static final String TRIGGERS = """
            select n.nspname, c.relname, t.tgname, t.tgtype, t.tgenabled, pn.nspname, p.proname
            from pg_trigger t
            join pg_class c on c.oid = t.tgrelid
            join pg_namespace n on n.oid = c.relnamespace
            join pg_proc p on p.oid = t.tgfoid
            join pg_namespace pn on pn.oid = p.pronamespace
            where not t.tgisinternal and t.tgparentid = 0 and %s
            order by 1, 2, 3""".formatted(CatalogReader.USER_SCHEMAS);

    private TriggerReader() {
    }

    static List<Trigger> triggers(ReadOnlySession session) throws SQLException {
        return session.query(TRIGGERS).rows().stream().map(r -> {
            int type = Integer.parseInt(r.get(3));
            return new Trigger(new QualifiedName(r.get(0), r.get(1)), r.get(2), TriggerTiming.fromType(type),
                    TriggerEvent.fromType(type), (type & 1) != 0, new QualifiedName(r.get(5), r.get(6)), r.get(4));
        }).toList();
    }
}
