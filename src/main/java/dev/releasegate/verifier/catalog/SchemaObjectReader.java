package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ReadOnlySession;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads enums, extensions and server settings: one query per kind, for every user schema at once. */
final class SchemaObjectReader {

    static final String ENUMS = """
            select n.nspname, t.typname, e.enumlabel
            from pg_type t
            join pg_namespace n on n.oid = t.typnamespace
            join pg_enum e on e.enumtypid = t.oid
            where n.nspname not in ('pg_catalog', 'information_schema')
            order by 1, 2, e.enumsortorder""";

    static final String EXTENSIONS = """
            select e.extname, n.nspname, e.extversion
            from pg_extension e join pg_namespace n on n.oid = e.extnamespace
            order by 1""";

    static final String SETTINGS = """
            select name, setting, unit, vartype, current_setting(name, true)
            from pg_settings
            order by 1""";

    private SchemaObjectReader() {
    }

    static List<EnumType> enums(ReadOnlySession session) throws SQLException {
        Map<QualifiedName, List<String>> labels = new LinkedHashMap<>();
        for (List<String> row : session.query(ENUMS).rows()) {
            labels.computeIfAbsent(new QualifiedName(row.get(0), row.get(1)), k -> new ArrayList<>()).add(row.get(2));
        }
        return labels.entrySet().stream().map(e -> new EnumType(e.getKey(), e.getValue())).toList();
    }

    static List<Extension> extensions(ReadOnlySession session) throws SQLException {
        return session.query(EXTENSIONS).rows().stream().map(r -> new Extension(r.get(0), r.get(1), r.get(2))).toList();
    }

    static List<ServerSetting> settings(ReadOnlySession session) throws SQLException {
        return session.query(SETTINGS).rows().stream()
                .map(r -> new ServerSetting(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))).toList();
    }
}
