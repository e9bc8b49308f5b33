package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ReadOnlySession;

import java.sql.SQLException;
import java.util.List;

/** Reads every function, relation and type that belongs to an extension, in one query. */
final class ExtensionMemberReader {

    static final String EXTENSION_MEMBERS = """
            select e.extname, 'FUNCTION', n.nspname, p.proname, p.oid
            from pg_depend d
            join pg_extension e on e.oid = d.refobjid
            join pg_proc p on p.oid = d.objid
            join pg_namespace n on n.oid = p.pronamespace
            where d.deptype = 'e' and d.refclassid = 'pg_extension'::regclass and d.classid = 'pg_proc'::regclass
            union all
            select e.extname, 'RELATION', n.nspname, c.relname, c.oid
            from pg_depend d
            join pg_extension e on e.oid = d.refobjid
            join pg_class c on c.oid = d.objid
            join pg_namespace n on n.oid = c.relnamespace
            where d.deptype = 'e' and d.refclassid = 'pg_extension'::regclass and d.classid = 'pg_class'::regclass
            union all
            select e.extname, 'TYPE', n.nspname, t.typname, t.oid
            from pg_depend d
            join pg_extension e on e.oid = d.refobjid
            join pg_type t on t.oid = d.objid
            join pg_namespace n on n.oid = t.typnamespace
            where d.deptype = 'e' and d.refclassid = 'pg_extension'::regclass and d.classid = 'pg_type'::regclass
            order by 2, 3, 4, 5""";

    private ExtensionMemberReader() {
    }

    static List<ExtensionMember> members(ReadOnlySession session) throws SQLException {
        return session.query(EXTENSION_MEMBERS).rows().stream().map(r -> new ExtensionMember(r.get(0),
                ExtensionMember.Kind.valueOf(r.get(1)), new QualifiedName(r.get(2), r.get(3)), Long.parseLong(r.get(4)))).toList();
    }
}
