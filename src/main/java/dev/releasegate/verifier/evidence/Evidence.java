package dev.releasegate.verifier.evidence;

import dev.releasegate.verifier.checks.ComparisonTable;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.SecretMask;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way steps put evidence in the report: what ran, where, what came back, and what was compared. Always
 * masked, and typed so that the report can show it well: SQL as text, rows and comparisons as tables, plans as formatted text.
 */
public final class Evidence {

    /** Rows shown per result; the rest are counted, not shown, so reports stay readable and small. */
    public static final int ROW_LIMIT = 200;

    public static final String TEXT = "text/plain";
    public static final String CSV = "text/csv";

    private final AttachmentSink sink;
    private final SecretMask mask;

    public Evidence(AttachmentSink sink, SecretMask mask) {
        this.sink = sink;
        this.mask = mask;
    }

    public void text(String name, String text) {
        attach(name, text, TEXT);
    }

    /** Rows under a header, as a table in the report; rows past {@link #ROW_LIMIT} are counted, not shown. */
    public void table(String name, List<String> header, List<List<String>> rows) {
        attach(name, csv(header, rows), CSV);
    }

    /**
     * The statement with its parameters, the database it ran against, when and how long (as text), then the rows
     * that came back (as a table).
     */
    public void query(String title, ExecutedQuery query) {
        statement(title, query);
        QueryResult result = query.result();
        if (!result.columns().isEmpty()) {
            int n = result.size();
            table(title + ": " + n + (n == 1 ? " row" : " rows"), result.columns(), result.rows());
        }
    }

    /** Several statements of one read (a long list counted in parts): each as {@link #query}, numbered when there are several. */
    public void queries(String title, List<ExecutedQuery> queries) {
        for (int i = 0; i < queries.size(); i++) {
            query(queries.size() == 1 ? title : title + " (" + (i + 1) + " of " + queries.size() + ")", queries.get(i));
        }
    }

    /**
     * The statement, where and when it ran and how many rows it returned, without the rows: for catalog reads,
     * whose rows that matter to an item are already in the item's comparison table.
     */
    public void statement(String title, ExecutedQuery query) {
        StringBuilder out = new StringBuilder();
        out.append("-- database: ").append(query.database()).append(" (").append(query.maskedUrl()).append(")\n");
        out.append("-- at: ").append(query.startedAt()).append(" (").append(query.elapsed().toMillis()).append(" ms)\n");
        if (!query.parameters().isEmpty()) {
            out.append("-- parameters: ").append(query.parameters().stream().map(Evidence::parameter).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        out.append(query.sql().strip()).append('\n');
        QueryResult result = query.result();
        out.append("-- returned ").append(result.size()).append(result.size() == 1 ? " row" : " rows").append('\n');
        text(title + ": SQL", out.toString());
    }

    /** The table of everything a check compared, each row marked ok or with its mismatch. */
    public void verdict(Verdict verdict) {
        ComparisonTable table = verdict.table();
        if (table.isEmpty()) {
            return;
        }
        List<String> header = new ArrayList<>();
        header.add("mark");
        header.addAll(table.header());
        List<List<String>> rows = new ArrayList<>();
        for (ComparisonTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.shownMark());
            cells.addAll(row.cells());
            rows.add(cells);
        }
        table((verdict.passed() ? "compared: " : "mismatches: ") + verdict.subject(), header, rows);
    }

    private void attach(String name, String content, String mediaType) {
        sink.attach(mask.mask(content).getBytes(StandardCharsets.UTF_8), mediaType, mask.mask(name));
    }

    private static String parameter(Object value) {
        return value == null ? "null" : value instanceof String s ? "'" + s.replace("'", "''") + "'" : String.valueOf(value);
    }

    /** RFC 4180 CSV with a header; past the limit a last row says how many rows were left out. */
    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.stream().limit(ROW_LIMIT).forEach(row -> line(out, row.stream().map(c -> c == null ? "null" : c).toList()));
        if (rows.size() > ROW_LIMIT) {
            line(out, List.of("... " + (rows.size() - ROW_LIMIT) + " more rows not shown"));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(Evidence::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(String cell) {
        return cell.isEmpty() || cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r') || !cell.equals(cell.strip())
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
