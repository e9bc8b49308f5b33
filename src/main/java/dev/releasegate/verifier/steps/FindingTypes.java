package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.lint.FindingException;
import dev.releasegate.verifier.checks.lint.FindingExceptions;
import dev.releasegate.verifier.checks.lint.LintLevel;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The level and the {@code except:} table of the findings sentences, read into types once. */
public final class FindingTypes {

    /** The table of checklists written before exceptions carried a reason; it still reads. */
    private static final List<String> TWO_COLUMNS = List.of("finding", "object");

    private final TableCells cells;

    public FindingTypes(ScenarioContext context) {
        this.cells = new TableCells(context.run().values());
    }

    /** {@code ERROR}, {@code WARN} or {@code INFO}. */
    @ParameterType("[A-Za-z]+")
    public LintLevel findingLevel(String word) {
        return LintLevel.fromWord(word);
    }

    /** {@code | finding | object | reason | until |}: reason required unless the table is the two-column one. */
    @DataTableType
    public FindingExceptions findingExceptions(DataTable table) {
        boolean reasonRequired = table.cells().isEmpty() || !Set.copyOf(table.cells().get(0).stream()
                .map(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT)).toList()).equals(Set.copyOf(TWO_COLUMNS));
        return new FindingExceptions(cells.rows(table, TWO_COLUMNS, List.of("reason", "until"), row -> FindingException.of(
                row.required("finding"), row.required("object"), row.get("reason"), row.get("until"), reasonRequired)));
    }
}
