package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.KeyedRows;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rows found by a key column: the expected ones are there with the expected cells; a value differs between two databases. */
public final class KeyedRowsCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.DATA_INTEGRITY;

    private KeyedRowsCheck() {
    }

    /** An expected table read by a key column: its header as the table spells its columns, and its rows by column. */
    public record Expected(String key, List<String> columns, List<Map<String, String>> rows) {
        public List<String> keys() {
            return rows.stream().map(r -> r.get(key)).toList();
        }

        /** The key and every other column: what must exist in the table. */
        public List<String> allColumns() {
            List<String> all = new ArrayList<>(List.of(key));
            all.addAll(columns);
            return all;
        }
    }

    /**
     * Reads an expected table whose rows are found by {@code keyColumn}: headers are case-insensitive and take the table's
     * spelling of the column ({@code tableColumns}); every row needs a key.
     */
    public static Expected expected(String keyColumn, List<String> header, List<List<String>> rows, List<String> tableColumns) {
        if (rows.isEmpty()) {
            throw new ChecklistBroken("the table needs a header row naming " + keyColumn + " and other columns, and at least one row");
        }
        if (header.stream().noneMatch(h -> h.trim().equalsIgnoreCase(keyColumn))) {
            throw new ChecklistBroken("the table needs a '" + keyColumn + "' column to find the rows by (its header row has "
                    + String.join(", ", header.stream().map(String::trim).toList()) + ")");
        }
        List<String> names = header.stream().map(h -> spelled(h.trim(), tableColumns)).toList();
        String key = spelled(keyColumn, tableColumns);
        List<Map<String, String>> read = new ArrayList<>();
        for (List<String> line : rows) {
            Map<String, String> row = row(names, line);
            if (row.get(key) == null) {
                throw new ChecklistBroken("a row of the table has no " + keyColumn + ": " + line);
            }
            read.add(row);
        }
        return new Expected(key, names.stream().filter(n -> !n.equals(key)).toList(), read);
    }

    /** A header as the table spells the column (headers are case-insensitive), or as written when there is no such column. */
    private static String spelled(String header, List<String> tableColumns) {
        return tableColumns.stream().filter(n -> n.equals(header)).findFirst()
                .or(() -> tableColumns.stream().filter(n -> n.equalsIgnoreCase(header)).findFirst())
                .orElse(header);
    }

    /**
     * Every expected row (key, then its other cells by column; a blank cell is not checked) is found by its key with
     * those cells, compared as text: "invoice_configurations where config_key = 'storage_provider': no such row".
     */
    public static Verdict includes(QualifiedName table, String keyColumn, List<String> columns,
                                   List<Map<String, String>> expected, KeyedRows actual, String database) {
        List<String> header = new ArrayList<>();
        header.add(keyColumn);
        for (String column : columns) {
            header.add(column);
            header.add("expected " + column);
        }
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "rows of " + table + " by " + keyColumn + " in " + database, header);
        for (Map<String, String> row : expected) {
            String key = row.get(keyColumn);
            String object = table + " where " + keyColumn + " = '" + key + "'";
            List<Map<String, String>> found = actual.get(key);
            Map<String, String> cellsFound = found.isEmpty() ? Map.of() : found.get(0);
            List<String> cells = new ArrayList<>();
            cells.add(key);
            List<String> differences = new ArrayList<>();
            for (String column : columns) {
                String want = row.get(column);
                String have = found.isEmpty() ? "(no row)" : show(cellsFound.get(column));
                cells.add(have);
                cells.add(want == null ? "" : want);
                if (want != null && !found.isEmpty() && !sameText(want, cellsFound.get(column))) {
                    differences.add(column + " is " + quoted(cellsFound.get(column)) + ", expected '" + want + "'");
                }
            }
            if (found.isEmpty()) {
                verdict.mismatch(Mismatch.missing(object, "no such row"), cells);
            } else if (found.size() > 1) {
                verdict.mismatch(Mismatch.unexpected(object, found.size() + " rows have this key, expected one"), cells);
            } else if (!differences.isEmpty()) {
                verdict.mismatch(Mismatch.differs(object, String.join("; ", differences)), cells);
            } else {
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }

    /**
     * For every key, the column's value differs between two databases (read as null flag and server-side digest, so
     * no value is shown): "invoice_configurations.config_value where config_key = 'whatsapp_api_key': is the same in
     * staging and production, expected different values".
     */
    public static Verdict differs(QualifiedColumn column, String keyColumn, List<String> keys, String source, KeyedRows inSource,
                                  String target, KeyedRows inTarget) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, column + " by " + keyColumn + " in " + source + " and " + target,
                List.of(keyColumn, source, target, "values"));
        for (String key : keys) {
            String object = column + " where " + keyColumn + " = '" + key + "'";
            List<Map<String, String>> s = inSource.get(key);
            List<Map<String, String>> t = inTarget.get(key);
            List<String> cells = new ArrayList<>(List.of(key, presence(s), presence(t)));
            if (s.isEmpty() || t.isEmpty()) {
                cells.add("");
                String where = s.isEmpty() && t.isEmpty() ? source + " nor in " + target : s.isEmpty() ? source : target;
                verdict.mismatch(Mismatch.missing(object, "no row in " + where), cells);
            } else if (s.size() > 1 || t.size() > 1) {
                cells.add("");
                String where = s.size() > 1 ? s.size() + " rows in " + source : t.size() + " rows in " + target;
                verdict.mismatch(Mismatch.unexpected(object, where + " have this key, expected one"), cells);
            } else if (same(s.get(0), t.get(0))) {
                cells.add("equal");
                verdict.mismatch(Mismatch.differs(object, "is the same in " + source + " and " + target + ", expected different values"), cells);
            } else {
                cells.add("different");
                verdict.ok(cells);
            }
        }
        return verdict.build();
    }

    private static boolean same(Map<String, String> a, Map<String, String> b) {
        boolean aNull = "true".equals(a.get("is_null"));
        boolean bNull = "true".equals(b.get("is_null"));
        return aNull && bNull || !aNull && !bNull && java.util.Objects.equals(a.get("digest"), b.get("digest"));
    }

    private static String presence(List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            return "(no row)";
        }
        if (rows.size() > 1) {
            return rows.size() + " rows";
        }
        return "true".equals(rows.get(0).get("is_null")) ? "null" : "set";
    }

    /**
     * A checklist cell against a database value, as psql users write them: {@code null} for NULL, yes/no or
     * true/false for booleans, numbers equal by value ({@code 1.50} = {@code 1.5}), anything else exactly.
     */
    static boolean sameText(String expected, String actual) {
        String want = expected.trim();
        if (actual == null) {
            return want.equalsIgnoreCase("null");
        }
        if (actual.equals(want)) {
            return true;
        }
        Boolean wantBoolean = bool(want);
        Boolean haveBoolean = bool(actual);
        if (wantBoolean != null && haveBoolean != null && (actual.equals("true") || actual.equals("false"))) {
            return wantBoolean.equals(haveBoolean);
        }
        BigDecimal wantNumber = number(want);
        BigDecimal haveNumber = number(actual);
        return wantNumber != null && haveNumber != null && wantNumber.compareTo(haveNumber) == 0;
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static BigDecimal number(String text) {
        if (!text.matches("[-+]?[0-9][0-9_]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            return null;
        }
        return new BigDecimal(text.replace("_", ""));
    }

    private static String show(String value) {
        return value == null ? "null" : value;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    /** The expected rows of a checklist table, by column, in order; used by the steps to keep the order of the checklist. */
    public static Map<String, String> row(List<String> header, List<String> cells) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = i < cells.size() ? cells.get(i) : null;
            row.put(header.get(i), cell == null || cell.isBlank() ? null : cell.trim());
        }
        return row;
    }
}
