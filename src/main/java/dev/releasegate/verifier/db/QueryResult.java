package dev.releasegate.verifier.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Rows as text, the way psql users read them; {@code null} cells stay null. */
public record QueryResult(List<String> columns, List<List<String>> rows) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    public int size() {
        return rows.size();
    }

    public String cell(int row, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return rows.get(row).get(index);
    }
}
