package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.FunctionSecurity;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.ObjectName;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.TableColumns;
import dev.releasegate.verifier.catalog.TriggerEvent;
import dev.releasegate.verifier.catalog.TriggerTiming;
import dev.releasegate.verifier.catalog.UnknownWord;
import dev.releasegate.verifier.checks.ColumnExpectation;
import dev.releasegate.verifier.checks.ExtensionExpectation;
import dev.releasegate.verifier.checks.ForeignKeyCheck;
import dev.releasegate.verifier.checks.ForeignKeyExpectation;
import dev.releasegate.verifier.checks.FunctionExpectation;
import dev.releasegate.verifier.checks.IndexExpectation;
import dev.releasegate.verifier.checks.PolicyExpectation;
import dev.releasegate.verifier.checks.PrivilegeExpectation;
import dev.releasegate.verifier.checks.RowCountExpectation;
import dev.releasegate.verifier.checks.ScheduledJobExpectation;
import dev.releasegate.verifier.checks.SchemaIgnore;
import dev.releasegate.verifier.checks.StorageBucketExpectation;
import dev.releasegate.verifier.checks.TriggerExpectation;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.DataTableType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every data table shape of the vocabulary becomes a typed list here, once: the columns each reads (required and
 * optional), its words, {@code ${...}} expanded. A step method receives the list and never reads cells itself.
 */
public final class TableTypes {

    private final TableCells cells;
    private final String schema;

    public TableTypes(ScenarioContext context) {
        this.cells = new TableCells(context.run().values());
        this.schema = context.run().defaultSchema();
    }

    @DataTableType
    public Listed.Tables tables(DataTable table) {
        return new Listed.Tables(cells.column(table, "table"), schema);
    }

    @DataTableType
    public Listed.Views views(DataTable table) {
        return new Listed.Views(cells.column(table, "view").stream().map(this::name).toList());
    }

    @DataTableType
    public Listed.Policies policies(DataTable table) {
        return new Listed.Policies(cells.column(table, "policy"));
    }

    @DataTableType
    public Listed.Labels labels(DataTable table) {
        return new Listed.Labels(cells.column(table, "label"));
    }

    @DataTableType
    public Listed.Versions versions(DataTable table) {
        return new Listed.Versions(cells.column(table, "version").stream().map(String::trim).toList());
    }

    @DataTableType
    public Listed.Keys keys(DataTable table) {
        return new Listed.Keys(cells.singleColumn(table, "key"));
    }

    @DataTableType
    public Listed.Grid grid(DataTable table) {
        List<List<String>> grid = cells.grid(table);
        if (grid.isEmpty()) {
            throw new ChecklistBroken("the table is empty: give a header row of column names, then the rows");
        }
        return new Listed.Grid(grid.get(0), grid.subList(1, grid.size()));
    }

    @DataTableType
    public List<ColumnExpectation> columns(DataTable table) {
        return cells.rows(table, List.of("column"), List.of("type", "nullable", "default"), row -> new ColumnExpectation(
                row.required("column"), row.get("type"), row.yesNo("nullable"), row.get("default")));
    }

    @DataTableType
    public List<ExtensionExpectation> extensions(DataTable table) {
        return cells.rows(table, List.of("extension"), List.of("schema", "version"), row -> new ExtensionExpectation(
                row.required("extension"), row.get("schema"), row.get("version")));
    }

    @DataTableType
    public List<ForeignKeyExpectation> foreignKeys(DataTable table) {
        return cells.rows(table, List.of("table", "references"), List.of("columns", "on delete", "on update"), row -> {
            TableColumns references = TableColumns.parse(row.required("references"), schema);
            return new ForeignKeyExpectation(name(row.required("table")), row.list("columns"), references.table(), references.columns(),
                    row.get("on delete").map(ForeignKeyRule::fromWords), row.get("on update").map(ForeignKeyRule::fromWords));
        });
    }

    @DataTableType
    public List<ForeignKeyCheck.Exception> foreignKeyExceptions(DataTable table) {
        return cells.rows(table, List.of("table"), List.of("columns"),
                row -> new ForeignKeyCheck.Exception(name(row.required("table")), row.list("columns")));
    }

    @DataTableType
    public List<IndexExpectation> indexes(DataTable table) {
        return cells.rows(table, List.of("table"), List.of("index", "columns", "unique"), row -> {
            if (row.get("index").isEmpty() && row.get("columns").isEmpty()) {
                throw new ChecklistBroken("an index row needs an 'index' name, 'columns', or both");
            }
            return new IndexExpectation(name(row.required("table")), row.get("index"), row.list("columns"), row.yesNo("unique"));
        });
    }

    @DataTableType
    public List<PolicyExpectation> policyRows(DataTable table) {
        return cells.rows(table, List.of("table", "policy"), List.of("command", "roles", "using", "with check", "mode"),
                row -> new PolicyExpectation(name(row.required("table")), row.required("policy"),
                        row.get("command").map(PolicyCommand::fromWord), row.get("roles").map(TableCells::commaList),
                        row.get("using"), row.get("with check"), row.get("mode").map(TableTypes::permissive)));
    }

    private static boolean permissive(String mode) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "permissive" -> true;
            case "restrictive" -> false;
            default -> throw new UnknownWord("policy mode", mode, List.of("permissive", "restrictive"));
        };
    }

    @DataTableType
    public List<PrivilegeExpectation> privileges(DataTable table) {
        return cells.rows(table, List.of("object", "role", "privileges"), List.of(), row -> {
            PrivilegeWords privileges = PrivilegeWords.parse(row.required("privileges"));
            return new PrivilegeExpectation(ObjectName.parse(row.required("object"), schema), ParameterTypes.role(row.required("role")),
                    privileges.privileges(), privileges.all());
        });
    }

    @DataTableType
    public List<FunctionExpectation> functions(DataTable table) {
        return cells.rows(table, List.of("function"), List.of("returns", "language", "security", "search path"),
                row -> new FunctionExpectation(FunctionSignature.parse(row.required("function"), schema), row.get("returns"),
                        row.get("language"), row.get("security").map(FunctionSecurity::fromWord), row.get("search path")));
    }

    @DataTableType
    public List<TriggerExpectation> triggers(DataTable table) {
        return cells.rows(table, List.of("table", "trigger"), List.of("timing", "events", "function", "enabled"),
                row -> new TriggerExpectation(name(row.required("table")), row.required("trigger"),
                        row.get("timing").map(TriggerTiming::fromWords), row.get("events").map(TriggerEvent::parseList),
                        row.get("function").map(f -> name(f.endsWith("()") ? f.substring(0, f.length() - 2) : f)),
                        row.yesNo("enabled")));
    }

    @DataTableType
    public List<StorageBucketExpectation> buckets(DataTable table) {
        return cells.rows(table, List.of("bucket"), List.of("public", "file size limit", "allowed mime types"),
                row -> new StorageBucketExpectation(row.required("bucket"), row.yesNo("public"),
                        row.get("file size limit").map(TableTypes::sizeLimit),
                        row.get("allowed mime types").map(t -> isNull(t) ? Optional.<List<String>>empty() : Optional.of(TableCells.commaList(t)))));
    }

    private static Optional<Long> sizeLimit(String cell) {
        if (isNull(cell)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(cell.replace("_", "")));
        } catch (NumberFormatException e) {
            throw new ChecklistBroken("file size limit '" + cell + "' is not a number of bytes: write e.g. 10485760, or null for no limit");
        }
    }

    private static boolean isNull(String cell) {
        return cell.trim().toLowerCase(Locale.ROOT).equals("null");
    }

    @DataTableType
    public List<ScheduledJobExpectation> jobs(DataTable table) {
        return cells.rows(table, List.of("job"), List.of("schedule", "active"),
                row -> new ScheduledJobExpectation(row.required("job"), row.get("schedule"), row.yesNo("active")));
    }

    @DataTableType
    public List<RowCountExpectation> rowCounts(DataTable table) {
        return cells.rows(table, List.of("table", "rows"), List.of(),
                row -> new RowCountExpectation(name(row.required("table")), ParameterTypes.count(row.required("rows"))));
    }

    @DataTableType
    public List<SchemaIgnore> ignores(DataTable table) {
        return cells.rows(table, List.of("kind", "name"), List.of(), row -> SchemaIgnore.of(row.required("kind"), row.required("name")));
    }

    /** The claims of {@code I act as ... with claims:}, in order. */
    @DataTableType
    public Claims claims(DataTable table) {
        Map<String, String> claims = new LinkedHashMap<>();
        cells.rows(table, List.of("claim", "value"), List.of(), row -> Map.entry(row.required("claim"), row.get("value").orElse("")))
                .forEach(claim -> claims.put(claim.getKey(), claim.getValue()));
        return new Claims(claims);
    }

    /** Extra JWT claims for a user a scenario acts as. */
    public record Claims(Map<String, String> values) {
    }

    private QualifiedName name(String text) {
        return QualifiedName.parse(text, schema);
    }
}
