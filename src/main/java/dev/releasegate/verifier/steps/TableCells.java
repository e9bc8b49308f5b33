package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.UnknownWord;
import dev.releasegate.verifier.db.EnvironmentValues;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import io.cucumber.datatable.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A checklist's data table read the way the vocabulary promises, for the table types: headers in any case and
 * order, columns and cells left out are not checked, {@code ${...}} expanded, an unknown header is an error, and
 * a table with no rows never means "nothing to check".
 */
final class TableCells {

    /** One row; a blank cell reads as absent. */
    record Row(Map<String, String> cells) {
        Optional<String> get(String header) {
            return Optional.ofNullable(cells.get(header)).filter(c -> !c.isBlank()).map(String::trim);
        }

        String required(String header) {
            return get(header).orElseThrow(() -> new ChecklistBroken("a row of the table has no '" + header + "': " + cells));
        }

        List<String> list(String header) {
            return commaList(get(header).orElse(""));
        }

        Optional<Boolean> yesNo(String header) {
            return get(header).map(c -> switch (c.toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false" -> false;
                default -> throw new UnknownWord(header + " value", c, List.of("yes", "no", "true", "false"));
            });
        }
    }

    private final EnvironmentValues values;

    TableCells(EnvironmentValues values) {
        this.values = values;
    }

    /** Every row of a table with a header row, each made into a {@code T}. */
    <T> List<T> rows(DataTable table, List<String> required, List<String> optional, Function<Row, T> row) {
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
        List<T> out = new ArrayList<>();
        for (List<String> line : cells.subList(1, cells.size())) {
            Map<String, String> read = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String cell = i < line.size() ? line.get(i) : null;
                read.put(header.get(i), cell == null ? null : values.expand(cell));
            }
            out.add(row.apply(new Row(read)));
        }
        return out;
    }

    /**
     * A one-column list, with or without its header (e.g. {@code | table |}); a second column is refused, since only
     * the first would be read.
     */
    List<String> column(DataTable table, String header) {
        return withoutHeader(singleColumn(table, header), header);
    }

    /** The cells of a one-column table, header included if there is one, {@code ${...}} expanded. */
    List<String> singleColumn(DataTable table, String header) {
        List<String> out = new ArrayList<>();
        for (List<String> line : table.cells()) {
            Optional<String> extra = line.stream().skip(1).filter(c -> c != null && !c.isBlank()).findFirst();
            if (extra.isPresent()) {
                boolean headed = !table.cells().get(0).isEmpty() && header.equalsIgnoreCase(String.valueOf(table.cells().get(0).get(0)).trim());
                throw new ChecklistBroken(headed
                        ? "unknown column '" + table.cells().get(0).get(1).trim() + "' in the table: use " + header
                        : "the list has more than one column: write one " + header + " per row, in one column");
            }
            String cell = line.isEmpty() || line.get(0) == null ? "" : line.get(0).trim();
            if (!cell.isEmpty()) {
                out.add(values.expand(cell));
            }
        }
        return out;
    }

    /** The list without its header row, if it has one; an empty list is an error, never "nothing to check". */
    static List<String> withoutHeader(List<String> cells, String header) {
        List<String> out = new ArrayList<>(cells);
        if (!out.isEmpty() && out.get(0).equalsIgnoreCase(header)) {
            out.remove(0);
        }
        if (out.isEmpty()) {
            throw new ChecklistBroken("the list is empty: name at least one " + header);
        }
        return out;
    }

    /** A table compared cell by cell (a query's result, a call's result): header then rows, {@code ${...}} expanded. */
    List<List<String>> grid(DataTable table) {
        return table.cells().stream().map(row -> row.stream().map(c -> c == null ? "" : values.expand(c)).toList()).toList();
    }

    static List<String> commaList(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
