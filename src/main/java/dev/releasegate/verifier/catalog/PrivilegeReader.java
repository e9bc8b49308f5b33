package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ReadOnlySession;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one role may do on every table, view and sequence, in one query per role. PostgreSQL decides
 * (has_table_privilege, has_sequence_privilege): grants to PUBLIC, inherited role membership, ownership and
 * superuser count exactly as they do when the role runs a query, which reading relacl with aclexplode would
 * have to re-implement.
 */
final class PrivilegeReader {

    private static final String TABLE = "case when c.relkind <> 'S' then case when has_table_privilege(r.role, c.oid, '%1$s') then '%1$s' end end";
    private static final String SEQUENCE = "case when c.relkind = 'S' then case when has_sequence_privilege(r.role, c.oid, '%1$s') then '%1$s' end end";

    static final String RELATION_PRIVILEGES = """
            with r(role) as (select ?::name), v(v17) as (select current_setting('server_version_num')::int >= 170000)
            select n.nspname, c.relname, c.relkind, v.v17,
                   array_to_string(array_remove(array[%s,
                       case when c.relkind <> 'S' then case when v.v17 then case when has_table_privilege(r.role, c.oid, 'MAINTAIN') then 'MAINTAIN' end end end,
                       %s], null), E'\\x1f')
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            cross join r cross join v
            where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and not c.relispartition and %s
            order by 1, 2""".formatted(
            String.join(", ", List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER").stream()
                    .map(p -> TABLE.formatted(p)).toList()),
            String.join(", ", List.of("USAGE", "SELECT", "UPDATE").stream().map(p -> SEQUENCE.formatted(p)).toList()),
            CatalogReader.USER_SCHEMAS);

    private PrivilegeReader() {
    }

    static final String SCHEMA_PRIVILEGES = """
            select n.nspname, has_schema_privilege(?, n.oid, 'USAGE'), has_schema_privilege(?, n.oid, 'CREATE')
            from pg_namespace n order by 1""";

    /** What a role may do on each schema (USAGE, CREATE), as has_schema_privilege decides: one query per role. */
    static java.util.Map<String, java.util.Set<Privilege>> schemaPrivileges(ReadOnlySession session, String role) throws SQLException {
        java.util.Map<String, java.util.Set<Privilege>> out = new java.util.LinkedHashMap<>();
        for (List<String> r : session.query(SCHEMA_PRIVILEGES, role, role).rows()) {
            java.util.Set<Privilege> held = java.util.EnumSet.noneOf(Privilege.class);
            if (CatalogReader.bool(r.get(1))) {
                held.add(Privilege.USAGE);
            }
            if (CatalogReader.bool(r.get(2))) {
                held.add(Privilege.CREATE);
            }
            out.put(r.get(0), java.util.Set.copyOf(held));
        }
        return out;
    }

    static List<RelationPrivileges> relationPrivileges(ReadOnlySession session, String role) throws SQLException {
        return session.query(RELATION_PRIVILEGES, role).rows().stream().map(r -> {
            Set<Privilege> granted = EnumSet.noneOf(Privilege.class);
            CatalogReader.list(r.get(4)).forEach(p -> granted.add(Privilege.valueOf(p)));
            boolean sequence = "S".equals(r.get(2));
            Set<Privilege> applicable = sequence ? EnumSet.of(Privilege.USAGE, Privilege.SELECT, Privilege.UPDATE)
                    : EnumSet.of(Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE, Privilege.DELETE, Privilege.TRUNCATE,
                    Privilege.REFERENCES, Privilege.TRIGGER);
            if (!sequence && CatalogReader.bool(r.get(3))) {
                applicable.add(Privilege.MAINTAIN);
            }
            return new RelationPrivileges(new QualifiedName(r.get(0), r.get(1)), sequence ? "sequence" : "table", granted, applicable);
        }).toList();
    }
}
