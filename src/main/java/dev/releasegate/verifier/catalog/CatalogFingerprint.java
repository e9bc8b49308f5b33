package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.Database;

/**
 * A digest of everything a {@link CatalogSnapshot} reads from the catalog, in one query: any DDL, grant, policy, role or
 * extension change since a snapshot was read changes it, a plain read does not. A changed or added catalog row gets a
 * new xmin and a dropped one lowers the count, so the count and the sum of xmin per catalog are enough; roles live in
 * a shared catalog that an ordinary login cannot read xmin of (pg_authid), so their rows are digested whole.
 */
public final class CatalogFingerprint {

    /** One row, one column: cheap even on thousands of tables (a scan of each catalog, nothing joined). */
    static final String QUERY = """
            select md5(concat_ws(' ',
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_namespace),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_class),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_attribute),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_attrdef),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_constraint),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_index),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_policy),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_trigger),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_proc),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_type),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_enum),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_depend),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_rewrite),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_sequence),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_default_acl),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_extension),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_language),
              (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from pg_catalog.pg_auth_members),
              (select md5(coalesce(string_agg(r::text, ',' order by r.oid), '')) from pg_catalog.pg_roles r)))""";

    private CatalogFingerprint() {
    }

    /** The database's fingerprint now, read in one read-only transaction. */
    public static String of(Database database) {
        return database.read(session -> session.query(QUERY).rows().get(0).get(0));
    }
}
