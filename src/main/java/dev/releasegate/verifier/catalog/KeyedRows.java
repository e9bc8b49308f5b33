package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ExecutedQuery;

import java.util.List;
import java.util.Map;

/**
 * Rows found by the value of one key column, each as its other cells by column name (text, null for NULL);
 * a key held by several rows keeps all of them.
 */
public record KeyedRows(String keyColumn, Map<String, List<Map<String, String>>> rows, ExecutedQuery query) {

    public KeyedRows {
        rows = Map.copyOf(rows);
    }

    public List<Map<String, String>> get(String key) {
        return rows.getOrDefault(key, List.of());
    }
}
