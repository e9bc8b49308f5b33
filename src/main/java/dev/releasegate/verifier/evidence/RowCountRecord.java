package dev.releasegate.verifier.evidence;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts recorded from one database at one time, kept as a small JSON file so that a later run (after the
 * source is gone) can compare against them, and so that it can be committed as evidence. Tables are keyed
 * schema-qualified, so a record reads the same whatever the default schema of the run that reads it.
 */
public record RowCountRecord(String name, String database, String maskedUrl, String serverVersion, Instant recordedAt,
                             String tables, Map<QualifiedName, Long> counts) {

    public RowCountRecord {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** The file's text: one table per line, in name order, schema-qualified. */
    public String toJson() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("record", name);
        file.put("database", database);
        file.put("url", maskedUrl);
        file.put("server_version", serverVersion);
        file.put("recorded_at", recordedAt.toString());
        file.put("tables", tables);
        Map<String, Long> rows = new LinkedHashMap<>();
        counts.forEach((table, n) -> rows.put(table.schema() + "." + table.name(), n));
        file.put("row_counts", rows);
        return JsonText.write(file);
    }

    /** Reads a record file's text (also after a person reformatted it); a file that is not such a record says why. */
    public static RowCountRecord fromJson(String json, String source) {
        JsonNode root;
        try {
            root = JsonText.read(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ChecklistBroken(source + " is not a row count record: it is not valid JSON: " + e.getOriginalMessage() + where);
        }
        if (root == null || !root.isObject()) {
            throw new ChecklistBroken(source + " is not a row count record: it does not hold a JSON object");
        }
        JsonNode rows = root.get("row_counts");
        if (rows == null || !rows.isObject()) {
            throw new ChecklistBroken(source + " is not a row count record: it has no \"row_counts\" object");
        }
        Map<QualifiedName, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : rows.properties()) {
            if (!e.getValue().isIntegralNumber()) {
                throw new ChecklistBroken(source + " is not a row count record: the count of " + e.getKey() + " is not a whole number");
            }
            counts.put(QualifiedName.parse(e.getKey(), QualifiedName.DEFAULT_SCHEMA), e.getValue().longValue());
        }
        Instant at;
        try {
            at = Instant.parse(text(root, "recorded_at", source));
        } catch (DateTimeParseException e) {
            throw new ChecklistBroken(source + " is not a row count record: \"recorded_at\" is not an ISO instant");
        }
        return new RowCountRecord(text(root, "record", source), text(root, "database", source), optional(root, "url"),
                optional(root, "server_version"), at, optional(root, "tables"), counts);
    }

    private static String text(JsonNode root, String key, String source) {
        JsonNode value = root.get(key);
        if (value == null || !value.isTextual()) {
            throw new ChecklistBroken(source + " is not a row count record: it has no \"" + key + "\" text");
        }
        return value.asText();
    }

    private static String optional(JsonNode root, String key) {
        JsonNode value = root.get(key);
        return value != null && value.isTextual() ? value.asText() : "";
    }
}
