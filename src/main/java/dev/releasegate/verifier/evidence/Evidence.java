package dev.releasegate.verifier.evidence;

import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.SecretMask;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The one way steps put evidence in the report: what ran, where, what came back, and what was compared. Always masked. */
public final class Evidence {

    /** Rows shown per result; the rest are counted, not shown, so reports stay readable and small. */
    public static final int ROW_LIMIT = 200;

    private final AttachmentSink sink;
    private final SecretMask mask;

    public Evidence(AttachmentSink sink, SecretMask mask) {
        this.sink = sink;
        this.mask = mask;
    }

    public void text(String name, String text) {
        sink.attach(mask.mask(text).getBytes(StandardCharsets.UTF_8), "text/plain", mask.mask(name));
    }

    /** The statement with its parameters, the database it ran against, when, how long, and the rows that came back. */
    public void query(String title, ExecutedQuery query) {
        StringBuilder out = new StringBuilder();
        out.append("database: ").append(query.database()).append(" (").append(query.maskedUrl()).append(")\n");
        out.append("at: ").append(query.startedAt()).append(" (").append(query.elapsed().toMillis()).append(" ms)\n");
        out.append("sql:\n").append(query.sql()).append('\n');
        if (!query.parameters().isEmpty()) {
            out.append("parameters: ").append(query.parameters().stream().map(String::valueOf).collect(Collectors.joining(", "))).append('\n');
        }
        out.append('\n').append(rows(query.result()));
        text(title, out.toString());
    }

    public void verdict(Verdict verdict) {
        if (!verdict.table().isEmpty()) {
            text((verdict.passed() ? "compared: " : "mismatches: ") + verdict.subject(), verdict.table().render());
        }
    }

    static String rows(QueryResult result) {
        if (result.columns().isEmpty()) {
            return "(no rows returned)\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(String.join(" | ", result.columns())).append('\n');
        List<List<String>> rows = result.rows();
        rows.stream().limit(ROW_LIMIT).forEach(row -> out.append(row.stream().map(c -> c == null ? "null" : c)
                .collect(Collectors.joining(" | "))).append('\n'));
        if (rows.size() > ROW_LIMIT) {
            out.append("... ").append(rows.size() - ROW_LIMIT).append(" more rows not shown\n");
        }
        out.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append('\n');
        return out.toString();
    }
}
