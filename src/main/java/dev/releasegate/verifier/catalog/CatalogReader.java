package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.ReadOnlySession;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads one kind of catalog object per query, for every user schema at once. */
final class CatalogReader {

    /** Separator for arrays flattened into text: unlike a comma, it never occurs in a name. */
    static final String SEP = "\u001f";

    /** The user-schema filter over a pg_namespace aliased {@code n}, for the readers of every object kind. */
    static final String USER_SCHEMAS = """
            n.nspname not in ('pg_catalog', 'information_schema')
            and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'""";

    static final String RELATIONS = """
            select n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p', 'v', 'm', 'f') and not c.relispartition and %s
            order by 1, 2""".formatted(USER_SCHEMAS);

    static final String COLUMNS = """
            select n.nspname, c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid)
            from pg_attribute a
            join pg_class c on c.oid = a.attrelid
            join pg_namespace n on n.oid = c.relnamespace
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f') and %s
            order by 1, 2, 4""".formatted(USER_SCHEMAS);

    static final String FOREIGN_KEYS = """
            select c.conname, n.nspname, cl.relname,
                   array_to_string(array(select a.attname from unnest(c.conkey) with ordinality k(attnum, ord)
                       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.ord), E'\\x1f'),
                   fn.nspname, fcl.relname,
                   array_to_string(array(select a.attname from unnest(c.confkey) with ordinality k(attnum, ord)
                       join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.ord), E'\\x1f'),
                   c.confdeltype, c.confupdtype
            from pg_constraint c
            join pg_class cl on cl.oid = c.conrelid join pg_namespace n on n.oid = cl.relnamespace
            join pg_class fcl on fcl.oid = c.confrelid join pg_namespace fn on fn.oid = fcl.relnamespace
            where c.contype = 'f' and c.conparentid = 0 and %s
            order by 2, 3, 1""".formatted(USER_SCHEMAS);

    static final String INDEXES = """
            select n.nspname, t.relname, i.relname, ix.indisunique, ix.indisprimary,
                   array_to_string(array(select pg_get_indexdef(ix.indexrelid, k, true)
                       from generate_series(1, ix.indnkeyatts) k order by k), E'\\x1f'),
                   pg_get_expr(ix.indpred, ix.indrelid), pg_get_indexdef(ix.indexrelid)
            from pg_index ix
            join pg_class i on i.oid = ix.indexrelid
            join pg_class t on t.oid = ix.indrelid
            join pg_namespace n on n.oid = t.relnamespace
            where %s
            order by 1, 2, 3""".formatted(USER_SCHEMAS);

    static final String POLICIES = """
            select n.nspname, c.relname, p.polname, p.polcmd, p.polpermissive,
                   case when 0 = any(p.polroles) then 'public'
                        else array_to_string(array(select r.rolname from pg_roles r where r.oid = any(p.polroles) order by 1), E'\\x1f')
                   end,
                   pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
            from pg_policy p
            join pg_class c on c.oid = p.polrelid
            join pg_namespace n on n.oid = c.relnamespace
            order by 1, 2, 3""";

    static final String FUNCTIONS = """
            select p.oid, n.nspname, p.proname,
                   array_to_string(array(select format_type(t.oid, null) from unnest(p.proargtypes::oid[]) with ordinality a(typ, ord)
                       join pg_type t on t.oid = a.typ order by a.ord), E'\\x1f'),
                   pg_get_function_identity_arguments(p.oid), pg_get_function_result(p.oid), l.lanname, p.prosecdef,
                   array_to_string(p.proconfig, E'\\x1f'), p.prokind,
                   case when p.prokind in ('f', 'p') then pg_get_functiondef(p.oid) end,
                   array_to_string(array(select coalesce(a.name, '')
                       from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]),
                                   coalesce(p.proargmodes, array_fill('i'::"char", array[p.pronargs::int])),
                                   p.proargnames) with ordinality a(typ, mode, name, ord)
                       where a.mode in ('i', 'b', 'v') order by a.ord), E'\\x1f'),
                   p.pronargdefaults
            from pg_proc p
            join pg_namespace n on n.oid = p.pronamespace
            join pg_language l on l.oid = p.prolang
            where %s
            order by 2, 3, 4""".formatted(USER_SCHEMAS);

    static final String SCHEMAS = "select nspname from pg_namespace order by 1";

    static final String ROLES = "select rolname from pg_roles order by 1";

    static final String EXECUTABLE_FUNCTIONS = """
            select p.oid from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where %s and has_function_privilege(?, p.oid, 'EXECUTE')""".formatted(USER_SCHEMAS);

    private CatalogReader() {
    }

    static List<Relation> relations(ReadOnlySession session) throws SQLException {
        return map(session.query(RELATIONS), r -> new Relation(new QualifiedName(r.get(0), r.get(1)),
                Relation.Kind.fromCatalog(r.get(2)), bool(r.get(3)), bool(r.get(4)), r.get(5)));
    }

    static List<Column> columns(ReadOnlySession session) throws SQLException {
        return map(session.query(COLUMNS), r -> new Column(new QualifiedName(r.get(0), r.get(1)), r.get(2),
                Integer.parseInt(r.get(3)), r.get(4), bool(r.get(5)), r.get(6)));
    }

    static List<ForeignKey> foreignKeys(ReadOnlySession session) throws SQLException {
        return map(session.query(FOREIGN_KEYS), r -> new ForeignKey(r.get(0), new QualifiedName(r.get(1), r.get(2)),
                list(r.get(3)), new QualifiedName(r.get(4), r.get(5)), list(r.get(6)),
                ForeignKeyRule.fromCatalog(r.get(7)), ForeignKeyRule.fromCatalog(r.get(8))));
    }

    static List<Index> indexes(ReadOnlySession session) throws SQLException {
        return map(session.query(INDEXES), r -> new Index(new QualifiedName(r.get(0), r.get(1)), r.get(2),
                list(r.get(5)), bool(r.get(3)), bool(r.get(4)), r.get(6), r.get(7)));
    }

    static List<Policy> policies(ReadOnlySession session) throws SQLException {
        return map(session.query(POLICIES), r -> new Policy(new QualifiedName(r.get(0), r.get(1)), r.get(2),
                PolicyCommand.fromCatalog(r.get(3)), list(r.get(5)), bool(r.get(4)), r.get(6), r.get(7)));
    }

    static List<Function> functions(ReadOnlySession session) throws SQLException {
        return map(session.query(FUNCTIONS), r -> new Function(Long.parseLong(r.get(0)), new QualifiedName(r.get(1), r.get(2)),
                list(r.get(3)), r.get(4), r.get(5), r.get(6), bool(r.get(7)), list(r.get(8)), r.get(10), r.get(9),
                list(r.get(11)), Integer.parseInt(r.get(12))));
    }

    static List<String> schemas(ReadOnlySession session) throws SQLException {
        return map(session.query(SCHEMAS), r -> r.get(0));
    }

    static List<String> roles(ReadOnlySession session) throws SQLException {
        return map(session.query(ROLES), r -> r.get(0));
    }

    static List<Long> executableFunctions(ReadOnlySession session, String role) throws SQLException {
        return map(session.query(EXECUTABLE_FUNCTIONS, role), r -> Long.parseLong(r.get(0)));
    }

    private interface RowMapper<T> {
        T map(List<String> row);
    }

    private static <T> List<T> map(QueryResult result, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>(result.size());
        for (List<String> row : result.rows()) {
            out.add(mapper.map(row));
        }
        return List.copyOf(out);
    }

    static boolean bool(String text) {
        return "true".equals(text) || "t".equals(text);
    }

    static List<String> list(String flattened) {
        return flattened == null || flattened.isEmpty() ? List.of() : Arrays.asList(flattened.split(SEP, -1));
    }
}
