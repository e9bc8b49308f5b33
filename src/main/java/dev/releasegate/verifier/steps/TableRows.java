package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.EnvironmentValues;
import io.cucumber.datatable.DataTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checklist's data table read the way the vocabulary promises: headers in any case and order, columns and
 * cells that are left out are not checked, {@code ${...}} expanded, and an unknown header is an error.
 */
final class TableRows {

    /** One row; a blank cell reads as absent. */
    record Row(Map<String, String> cells) {
        Optional<String> get(String header) {
            return Optional.ofNullable(cells.get(header)).filter(c -> !c.isBlank()).map(String::trim);
        }

        String required(String header) {
            return get(header).orElseThrow(() -> new ChecklistBroken("a row of the table has no '" + header + "': " + cells));
        }
    }

    private TableRows() {
    }

    static List<Row> read(DataTable table, EnvironmentValues values, Set<String> required, Set<String> optional) {
        List<List<String>> cells = table.cells();
        if (cells.isEmpty()) {
            throw new ChecklistBroken("the table is empty: give a header row and at least one row");
        }
        List<String> header = cells.get(0).stream().map(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String h : header) {
            if (!required.contains(h) && !optional.contains(h)) {
                List<String> accepted = new ArrayList<>(required);
                accepted.addAll(optional);
                throw new ChecklistBroken("unknown column '" + h + "' in the table: use " + String.join(", ", accepted));
            }
        }
        for (String r : required) {
            if (!header.contains(r)) {
                throw new ChecklistBroken("the table needs a '" + r + "' column (its header row has " + String.join(", ", header) + ")");
            }
        }
        if (cells.size() < 2) {
            throw new ChecklistBroken("the table has a header but no rows: a checklist never means 'nothing to check'");
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> line : cells.subList(1, cells.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String cell = i < line.size() ? line.get(i) : null;
                row.put(header.get(i), cell == null ? null : values.expand(cell));
            }
            rows.add(new Row(row));
        }
        return rows;
    }

    /** A one-column list, with or without its header (e.g. {@code | table |}). */
    static List<String> column(DataTable table, EnvironmentValues values, String header) {
        List<String> out = new ArrayList<>();
        for (List<String> line : table.cells()) {
            String cell = line.isEmpty() || line.get(0) == null ? "" : line.get(0).trim();
            if (!cell.isEmpty()) {
                out.add(values.expand(cell));
            }
        }
        if (!out.isEmpty() && out.get(0).equalsIgnoreCase(header)) {
            out.remove(0);
        }
        if (out.isEmpty()) {
            throw new ChecklistBroken("the list is empty: name at least one " + header);
        }
        return out;
    }

    static List<String> commaList(String text) {
        return text == null || text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Optional<Boolean> yesNo(Optional<String> cell, String header) {
        return cell.map(c -> switch (c.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new dev.releasegate.verifier.catalog.UnknownWord(header + " value", c, List.of("yes", "no", "true", "false"));
        });
    }
}
