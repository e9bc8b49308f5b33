package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ReadOnlySession;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The catalog parts that whole-database checks add: views, function EXECUTE grantees and default privileges, one query each. */
final class WholeDatabaseReader {

    private static final String USER_SCHEMAS = """
            n.nspname not in ('pg_catalog', 'information_schema')
            and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'""";

    static final String VIEWS = """
            select n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid, true),
                   coalesce((select o.option_value from pg_options_to_table(c.reloptions) o
                             where o.option_name = 'security_invoker'), 'false'),
                   array_to_string(array(
                       select distinct quote_ident(rn.nspname) || '.' || quote_ident(rc.relname)
                       from pg_rewrite rw
                       join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = rw.oid
                                       and d.refclassid = 'pg_class'::regclass
                       join pg_class rc on rc.oid = d.refobjid
                       join pg_namespace rn on rn.oid = rc.relnamespace
                       where rw.ev_class = c.oid and rc.oid <> c.oid order by 1), E'\\x1f'),
                   array_to_string(array(
                       select r.rolname from pg_roles r
                       where r.rolname in ('anon', 'authenticated') and has_table_privilege(r.oid, c.oid, 'SELECT')
                       order by 1), E'\\x1f')
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('v', 'm') and %s
            order by 1, 2""".formatted(USER_SCHEMAS);

    /** aclexplode over the function's ACL, or over the default ACL PostgreSQL applies while it is null. */
    static final String FUNCTION_GRANTEES = """
            select p.oid, n.nspname, p.proname,
                   array_to_string(array(select format_type(t.oid, null) from unnest(p.proargtypes::oid[]) with ordinality a(typ, ord)
                       join pg_type t on t.oid = a.typ order by a.ord), E'\\x1f'),
                   array_to_string(array(
                       select distinct case when g.grantee = 0 then 'PUBLIC' else pg_get_userbyid(g.grantee) end
                       from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) g
                       where g.privilege_type = 'EXECUTE' order by 1), E'\\x1f')
            from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where %s
            order by 2, 3, 4""".formatted(USER_SCHEMAS);

    /** Default privileges set for one schema (global ones, without a schema, belong to no schema and are not read). */
    static final String DEFAULT_PRIVILEGES = """
            select pg_get_userbyid(d.defaclrole), n.nspname,
                   case d.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions'
                                        when 'T' then 'types' when 'n' then 'schemas' else d.defaclobjtype::text end,
                   array_to_string(array(
                       select distinct case when g.grantee = 0 then 'PUBLIC' else pg_get_userbyid(g.grantee) end
                                       || ' ' || g.privilege_type
                       from aclexplode(d.defaclacl) g order by 1), E'\\x1f')
            from pg_default_acl d join pg_namespace n on n.oid = d.defaclnamespace
            where %s
            order by 1, 2, 3""".formatted(USER_SCHEMAS);

    private WholeDatabaseReader() {
    }

    static List<View> views(ReadOnlySession session) throws SQLException {
        List<View> out = new ArrayList<>();
        for (List<String> r : session.query(VIEWS).rows()) {
            List<QualifiedName> references = CatalogReader.list(r.get(5)).stream()
                    .map(n -> QualifiedName.parse(n, QualifiedName.DEFAULT_SCHEMA)).toList();
            out.add(new View(new QualifiedName(r.get(0), r.get(1)), CatalogReader.bool(r.get(2)), r.get(3),
                    isTrue(r.get(4)), references, CatalogReader.list(r.get(6))));
        }
        return List.copyOf(out);
    }

    static List<FunctionGrantees> functionGrantees(ReadOnlySession session) throws SQLException {
        List<FunctionGrantees> out = new ArrayList<>();
        for (List<String> r : session.query(FUNCTION_GRANTEES).rows()) {
            out.add(new FunctionGrantees(Long.parseLong(r.get(0)), new QualifiedName(r.get(1), r.get(2)),
                    CatalogReader.list(r.get(3)), CatalogReader.list(r.get(4))));
        }
        return List.copyOf(out);
    }

    static List<DefaultPrivileges> defaultPrivileges(ReadOnlySession session) throws SQLException {
        List<DefaultPrivileges> out = new ArrayList<>();
        for (List<String> r : session.query(DEFAULT_PRIVILEGES).rows()) {
            out.add(new DefaultPrivileges(r.get(0), r.get(1), r.get(2), CatalogReader.list(r.get(3))));
        }
        return List.copyOf(out);
    }

    /** Reloption booleans may be written true, on, yes or 1. */
    private static boolean isTrue(String option) {
        return option != null && List.of("true", "on", "yes", "1", "t").contains(option.toLowerCase(Locale.ROOT));
    }
}
