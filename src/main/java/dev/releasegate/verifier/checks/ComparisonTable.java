package dev.releasegate.verifier.checks;

import java.util.ArrayList;
import java.util.List;

/** Every row a check looked at, expected next to actual, each marked: the table a report shows under a verdict. */
public record ComparisonTable(List<String> header, List<Row> rows) {

    public static final String OK = "ok";
    public static final String EXCEPTED = "excepted";

    /** One compared row; {@code mark} is "ok", "excepted", "missing", "unexpected" or "differs". */
    public record Row(String mark, List<String> cells) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c.replaceAll("\\s+", " ").trim()).toList();
        }

        /** "ok" and "excepted" as they are; a problem stands out as "XX missing". */
        public String shownMark() {
            return mark.equals(OK) || mark.equals(EXCEPTED) ? mark : "XX " + mark;
        }
    }

    public ComparisonTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static ComparisonTable empty() {
        return new ComparisonTable(List.of(), List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table as aligned text with a leading mark column. */
    public String render() {
        if (header.isEmpty()) {
            return "";
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add("");
        head.addAll(header);
        lines.add(head);
        for (Row row : rows) {
            List<String> line = new ArrayList<>();
            line.add(row.shownMark());
            line.addAll(row.cells());
            lines.add(line);
        }
        int columns = lines.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            out.append('|');
            for (int i = 0; i < columns; i++) {
                String cell = i < line.size() ? line.get(i) : "";
                out.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
