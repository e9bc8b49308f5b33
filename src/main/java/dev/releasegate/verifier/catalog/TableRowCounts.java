package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.SqlIdentifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact row counts ({@code count(*)}), many tables per statement, with names quoted, never spliced. Long lists are
 * split: one statement of thousands of {@code union all} branches exhausts the server's stack depth.
 */
public final class TableRowCounts {

    /** Tables counted per statement: few round trips, far from the server's limits. */
    static final int TABLES_PER_STATEMENT = 200;

    /** The counts by table, and the statements that produced them (none when no table was counted). */
    public record Counted(Map<QualifiedName, Long> counts, List<ExecutedQuery> queries) {
        public Counted {
            queries = List.copyOf(queries);
        }
    }

    private TableRowCounts() {
    }

    public static Counted count(Database database, List<QualifiedName> tables) {
        if (tables.isEmpty()) {
            return new Counted(Map.of(), List.of());
        }
        return database.read(session -> {
            int before = session.executed().size();
            Map<QualifiedName, Long> counts = new LinkedHashMap<>();
            for (int from = 0; from < tables.size(); from += TABLES_PER_STATEMENT) {
                List<QualifiedName> chunk = tables.subList(from, Math.min(tables.size(), from + TABLES_PER_STATEMENT));
                QueryResult result = session.query(statement(chunk));
                for (List<String> row : result.rows()) {
                    counts.put(chunk.get(Integer.parseInt(row.get(0))), Long.parseLong(row.get(1)));
                }
            }
            List<ExecutedQuery> executed = session.executed();
            return new Counted(counts, executed.subList(before, executed.size()));
        });
    }

    private static String statement(List<QualifiedName> tables) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            QualifiedName t = tables.get(i);
            parts.add("select " + i + " as i, count(*) as n from " + SqlIdentifier.quote(t.schema(), t.name()));
        }
        return String.join("\nunion all ", parts);
    }
}
