package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.SqlIdentifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exact row counts ({@code count(*)}), for many tables in one statement, with names quoted, never spliced. */
public final class TableRowCounts {

    /** The counts by table, and the statement that produced them. */
    public record Counted(Map<QualifiedName, Long> counts, ExecutedQuery query) {
    }

    private TableRowCounts() {
    }

    public static Counted count(Database database, List<QualifiedName> tables) {
        if (tables.isEmpty()) {
            return new Counted(Map.of(), null);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            QualifiedName t = tables.get(i);
            parts.add("select " + i + " as i, count(*) as n from " + SqlIdentifier.quote(t.schema(), t.name()));
        }
        String sql = String.join("\nunion all ", parts);
        return database.read(session -> {
            QueryResult result = session.query(sql);
            Map<QualifiedName, Long> counts = new LinkedHashMap<>();
            for (List<String> row : result.rows()) {
                counts.put(tables.get(Integer.parseInt(row.get(0))), Long.parseLong(row.get(1)));
            }
            return new Counted(counts, session.executed().get(session.executed().size() - 1));
        });
    }
}
