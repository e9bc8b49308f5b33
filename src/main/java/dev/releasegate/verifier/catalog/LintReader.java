package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ReadOnlySession;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the database linter needs that the other readers do not: one query per kind of object (relations,
 * indexes, foreign keys, functions, roles, extensions), facts only; the lints decide in Java.
 */
final class LintReader {

    /** Every schema but the ones PostgreSQL keeps for itself; pg_catalog stays in, for table bloat. */
    private static final String SCHEMAS = """
            n.nspname <> 'information_schema' and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'""";

    private static final String OWNED_BY_EXTENSION = """
            exists (select 1 from pg_depend d where d.classid = '%s'::regclass and d.objid = %s and d.deptype = 'e')""";

    /** What a role may do, or null when the role does not exist (has_*_privilege would fail on an unknown name). */
    private static String privilege(String role, String expression) {
        return "(select " + expression + " from pg_roles r where r.rolname = '" + role + "')";
    }

    /** Whether the role may select any one column (a table-level grant covers every column, so it is asked first). */
    private static String anyColumn(String role) {
        return privilege(role, """
                case when has_table_privilege(r.oid, c.oid, 'SELECT')
                     then exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped)
                     else exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                                  and has_column_privilege(r.oid, c.oid, a.attnum, 'SELECT')) end""");
    }

    static final String RELATIONS = """
            with stats as (
                select s.schemaname, s.tablename, sum((1 - s.null_frac) * s.avg_width) as data_width,
                       max(s.null_frac) as max_null_fraction, count(*) filter (where s.null_frac <> 0) as nullable_columns
                from pg_stats s group by 1, 2
            )
            select n.nspname, c.relname, c.relkind, c.relrowsecurity, %s,
                   array_to_string(c.reloptions, E'\\x1f'),
                   %s, %s, %s, %s,
                   c.relkind in ('v', 'm') and exists (
                       select 1 from pg_rewrite rw
                       join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = rw.oid
                       where rw.ev_class = c.oid and d.deptype = 'n' and d.refclassid = 'pg_class'::regclass
                             and d.refobjid = to_regclass('auth.users')),
                   not c.relrowsecurity
                       or (select r.rolsuper or r.rolbypassrls from pg_roles r where r.rolname = current_user)
                       or (not c.relforcerowsecurity and pg_has_role(current_user, c.relowner, 'USAGE')),
                   c.relpages, c.reltuples, c.relam = (select am.oid from pg_am am where am.amname = 'heap'),
                   current_setting('block_size'), st.data_width, coalesce(st.max_null_fraction, 0), coalesce(st.nullable_columns, 0)
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            left join stats st on st.schemaname = n.nspname and st.tablename = c.relname
            where c.relkind in ('r', 'p', 'v', 'm', 'f') and %s
            order by 1, 2""".formatted(OWNED_BY_EXTENSION.formatted("pg_class", "c.oid"),
            privilege("anon", "has_table_privilege(r.oid, c.oid, 'SELECT')"),
            privilege("authenticated", "has_table_privilege(r.oid, c.oid, 'SELECT')"),
            anyColumn("anon"), anyColumn("authenticated"), SCHEMAS);

    /**
     * An index's shape without its name, from the catalog rather than pg_get_indexdef (which opens every index and
     * costs more than the rest of the linter's reads): method, columns, operator classes, collations, orderings,
     * uniqueness, NULLS NOT DISTINCT (PostgreSQL 15+), expressions, predicate and storage options. Scans are counted
     * for the indexes pg_stat_user_indexes shows (those of tables, TOAST tables and materialized views).
     */
    static final String INDEXES = """
            select n.nspname, t.relname, t.relkind, %s, i.relname, i.relkind, ix.indisvalid, ix.indislive, ix.indisunique,
                   ix.indisprimary, ix.indkey::text,
                   case when t.relkind in ('r', 't', 'm') then pg_stat_get_numscans(ix.indexrelid) end,
                   concat_ws(E'\\x1f', i.relam, ix.indnkeyatts, ix.indkey::text, ix.indclass::text, ix.indcollation::text,
                             ix.indoption::text, ix.indisunique, %s,
                             coalesce(pg_get_expr(ix.indexprs, ix.indrelid), ''), coalesce(pg_get_expr(ix.indpred, ix.indrelid), ''),
                             coalesce(array_to_string(i.reloptions, ','), ''))
            from pg_index ix
            join pg_class i on i.oid = ix.indexrelid
            join pg_class t on t.oid = ix.indrelid
            join pg_namespace n on n.oid = t.relnamespace
            where %s
            order by 1, 2, 5""";

    static final String FOREIGN_KEYS = """
            select n.nspname, cl.relname, %s, c.conname, array_to_string(c.conkey, ' '),
                   array_to_string(array(select a.attname from unnest(c.conkey) with ordinality k(attnum, ord)
                       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.ord), E'\\x1f'),
                   fn.nspname, fcl.relname, ui.indisunique, ui.indisprimary
            from pg_constraint c
            join pg_class cl on cl.oid = c.conrelid join pg_namespace n on n.oid = cl.relnamespace
            join pg_class fcl on fcl.oid = c.confrelid join pg_namespace fn on fn.oid = fcl.relnamespace
            left join pg_index ui on ui.indexrelid = c.conindid
            where c.contype = 'f' and %s
            order by 1, 2, 4""".formatted(OWNED_BY_EXTENSION.formatted("pg_class", "cl.oid"), CatalogReader.USER_SCHEMAS);

    static final String FUNCTIONS = """
            select p.oid, n.nspname, p.proname,
                   array_to_string(array(select format_type(t.oid, null) from unnest(p.proargtypes::oid[]) with ordinality a(typ, ord)
                       join pg_type t on t.oid = a.typ order by a.ord), E'\\x1f'),
                   pg_get_function_identity_arguments(p.oid), l.lanname, p.prosecdef, array_to_string(p.proconfig, E'\\x1f'),
                   p.prokind, %s, %s, %s
            from pg_proc p
            join pg_namespace n on n.oid = p.pronamespace
            join pg_language l on l.oid = p.prolang
            where %s
            order by 2, 3, 5""".formatted(OWNED_BY_EXTENSION.formatted("pg_proc", "p.oid"),
            privilege("anon", "has_function_privilege(r.oid, p.oid, 'EXECUTE')"),
            privilege("authenticated", "has_function_privilege(r.oid, p.oid, 'EXECUTE')"), CatalogReader.USER_SCHEMAS);

    /** A setting made for this database wins over one made for every database, as PostgreSQL applies them. */
    static final String ROLES = """
            select r.rolname, r.rolbypassrls,
                   (select substr(cfg, length('pgrst.db_schemas=') + 1)
                    from pg_db_role_setting s, unnest(s.setconfig) cfg
                    where s.setrole = r.oid and cfg like 'pgrst.db\\_schemas=%'
                          and s.setdatabase in (0, (select d.oid from pg_database d where d.datname = current_database()))
                    order by s.setdatabase desc limit 1)
            from pg_roles r
            order by 1""";

    static final String EXTENSIONS = """
            select e.extname, n.nspname, e.extversion, a.default_version,
                   exists (select 1 from pg_available_extension_versions v where v.name = e.extname and v.installed)
            from pg_extension e
            join pg_namespace n on n.oid = e.extnamespace
            left join pg_available_extensions a on a.name = e.extname
            order by 1""";

    private LintReader() {
    }

    static List<LintRelation> relations(ReadOnlySession session) throws SQLException {
        return session.query(RELATIONS).rows().stream().map(r -> new LintRelation(new QualifiedName(r.get(0), r.get(1)),
                r.get(2).charAt(0), bool(r.get(3)), bool(r.get(4)), CatalogReader.list(r.get(5)),
                optionalBool(r.get(6)), optionalBool(r.get(7)), optionalBool(r.get(8)), optionalBool(r.get(9)), bool(r.get(10)),
                bool(r.get(11)), new LintRelation.Size(Long.parseLong(r.get(12)), Double.parseDouble(r.get(13)), Integer.parseInt(r.get(15)),
                        bool(r.get(14)), Optional.ofNullable(r.get(16)).map(Double::parseDouble), Double.parseDouble(r.get(17)),
                        Integer.parseInt(r.get(18))))).toList();
    }

    /** NULLS NOT DISTINCT came with PostgreSQL 15; before it every unique index treated nulls as distinct. */
    static String indexesSql(int serverMajorVersion) {
        return INDEXES.formatted(OWNED_BY_EXTENSION.formatted("pg_class", "t.oid"),
                serverMajorVersion >= 15 ? "ix.indnullsnotdistinct" : "false", CatalogReader.USER_SCHEMAS);
    }

    static List<LintIndex> indexes(ReadOnlySession session, int serverMajorVersion) throws SQLException {
        return session.query(indexesSql(serverMajorVersion)).rows().stream().map(r -> new LintIndex(new QualifiedName(r.get(0), r.get(1)),
                r.get(2).charAt(0), bool(r.get(3)), r.get(4), r.get(5).charAt(0), bool(r.get(6)), bool(r.get(7)), bool(r.get(8)),
                bool(r.get(9)), numbers(r.get(10)), Optional.ofNullable(r.get(11)).map(Long::parseLong), r.get(12))).toList();
    }

    static List<LintForeignKey> foreignKeys(ReadOnlySession session) throws SQLException {
        return session.query(FOREIGN_KEYS).rows().stream().map(r -> new LintForeignKey(new QualifiedName(r.get(0), r.get(1)),
                bool(r.get(2)), r.get(3), numbers(r.get(4)), CatalogReader.list(r.get(5)), new QualifiedName(r.get(6), r.get(7)),
                optionalBool(r.get(8)), optionalBool(r.get(9)))).toList();
    }

    static List<LintFunction> functions(ReadOnlySession session) throws SQLException {
        return session.query(FUNCTIONS).rows().stream().map(r -> new LintFunction(
                new Function(Long.parseLong(r.get(0)), new QualifiedName(r.get(1), r.get(2)), CatalogReader.list(r.get(3)), r.get(4),
                        null, r.get(5), bool(r.get(6)), CatalogReader.list(r.get(7)), null, r.get(8)),
                bool(r.get(9)), optionalBool(r.get(10)), optionalBool(r.get(11)))).toList();
    }

    static List<LintRole> roles(ReadOnlySession session) throws SQLException {
        return session.query(ROLES).rows().stream().map(r -> new LintRole(r.get(0), bool(r.get(1)), Optional.ofNullable(r.get(2))))
                .toList();
    }

    static List<ExtensionVersions> extensions(ReadOnlySession session) throws SQLException {
        return session.query(EXTENSIONS).rows().stream().map(r -> new ExtensionVersions(r.get(0), r.get(1), r.get(2),
                Optional.ofNullable(r.get(3)), bool(r.get(4)))).toList();
    }

    private static boolean bool(String text) {
        return CatalogReader.bool(text);
    }

    private static Optional<Boolean> optionalBool(String text) {
        return Optional.ofNullable(text).map(CatalogReader::bool);
    }

    /** "1 3 0" (an int2vector or a space-joined array) as numbers. */
    private static List<Integer> numbers(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
