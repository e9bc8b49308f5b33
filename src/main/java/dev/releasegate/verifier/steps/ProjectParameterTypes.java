package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.EdgeFunctionExpectation;
import dev.releasegate.verifier.db.EnvironmentValues;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.project.FunctionStatus;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of the Supabase project sentences (auth settings and their values are {@code {text}}): quoted names
 * with {@code ${...}} expanded, and their tables read the way the vocabulary promises (headers in any case and order,
 * blank cells not checked, an unknown column an error that lists the known ones, a table without rows never "nothing
 * to check").
 */
public final class ProjectParameterTypes {

    private static final String QUOTED = "\"([^\"]*)\"";
    private static final List<String> FUNCTION_COLUMNS = List.of("slug", "status", "verify jwt", "version");

    /** The rows of "these Edge Functions are deployed:". */
    public record EdgeFunctionRows(List<EdgeFunctionExpectation> rows) {
    }

    /** The names of a secrets list ({@code | secret |}, header optional). */
    public record SecretNames(List<String> names) {
    }

    private final EnvironmentValues values;

    public ProjectParameterTypes(ScenarioContext context) {
        this.values = context.run().values();
    }

    /** A configured Supabase project name: {@code "production"}. */
    @ParameterType(name = "project", value = QUOTED)
    public String project(String text) {
        return values.expand(text);
    }

    /** An Edge Function's slug: {@code "whatsapp-send"}. */
    @ParameterType(name = "edgeFunction", value = QUOTED)
    public String edgeFunction(String text) {
        return values.expand(text);
    }

    /** An Edge Function secret's name: {@code "SUPABASE_URL"}. */
    @ParameterType(name = "projectSecret", value = QUOTED)
    public String projectSecret(String text) {
        return values.expand(text);
    }

    /** | slug | status | verify jwt | version |: slug required, the rest checked where given. */
    @DataTableType
    public EdgeFunctionRows edgeFunctions(DataTable table) {
        List<List<String>> cells = table.cells();
        List<String> header = cells.isEmpty() ? List.of() : cells.get(0).stream()
                .map(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
        for (String h : header) {
            if (!FUNCTION_COLUMNS.contains(h)) {
                throw new ChecklistBroken("unknown column '" + h + "' in the table of Edge Functions: use " + String.join(", ", FUNCTION_COLUMNS));
            }
        }
        if (!header.contains("slug")) {
            throw new ChecklistBroken("the table of Edge Functions needs a 'slug' column (the function's name in its URL, as"
                    + " `supabase functions list` shows it)");
        }
        if (cells.size() < 2) {
            throw new ChecklistBroken("the table of Edge Functions has a header but no rows: a checklist never means 'nothing to check'");
        }
        List<EdgeFunctionExpectation> rows = new ArrayList<>();
        for (List<String> line : cells.subList(1, cells.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < line.size(); i++) {
                if (line.get(i) != null && !line.get(i).isBlank()) {
                    row.put(header.get(i), values.expand(line.get(i)).trim());
                }
            }
            String slug = Optional.ofNullable(row.get("slug")).orElseThrow(() -> new ChecklistBroken(
                    "a row of the table of Edge Functions has no slug: " + line));
            rows.add(new EdgeFunctionExpectation(slug, Optional.ofNullable(row.get("status")).map(FunctionStatus::parse),
                    Optional.ofNullable(row.get("verify jwt")).map(ProjectParameterTypes::yesNo),
                    Optional.ofNullable(row.get("version")).map(ProjectParameterTypes::version)));
        }
        return new EdgeFunctionRows(rows);
    }

    /** | secret |, one name a row, the header optional. */
    @DataTableType
    public SecretNames secrets(DataTable table) {
        List<String> names = new ArrayList<>();
        for (List<String> line : table.cells()) {
            if (line.stream().skip(1).anyMatch(c -> c != null && !c.isBlank())) {
                throw new ChecklistBroken("the list of secrets has more than one column: write one secret name per row, in one column");
            }
            if (!line.isEmpty() && line.get(0) != null && !line.get(0).isBlank()) {
                names.add(values.expand(line.get(0).trim()));
            }
        }
        if (!names.isEmpty() && names.get(0).equalsIgnoreCase("secret")) {
            names.remove(0);
        }
        if (names.isEmpty()) {
            throw new ChecklistBroken("the list of secrets is empty: name at least one secret");
        }
        return new SecretNames(names);
    }

    private static boolean yesNo(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new ChecklistBroken("unknown verify jwt value '" + cell + "': use yes, no, true or false");
        };
    }

    private static int version(String cell) {
        if (cell.matches("\\d{1,9}")) {
            return Integer.parseInt(cell);
        }
        throw new ChecklistBroken("Edge Function version '" + cell + "' is not a whole number: write the version the dashboard shows, e.g. 3");
    }
}
