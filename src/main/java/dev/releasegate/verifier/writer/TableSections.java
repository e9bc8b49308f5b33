package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;

import java.util.List;
import java.util.Optional;

/** Tables with their columns, then keys and indexes: the vocabulary's "Schema objects" and "Foreign keys, keys and indexes". */
final class TableSections {

    private TableSections() {
    }

    /** One scenario per schema saying which tables it holds, then one per table with its columns. */
    static void tables(Draft draft) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("01-tables.feature", "@schema", "tables and columns");
        for (String schema : draft.options.schemas()) {
            List<QualifiedName> names = facts.tablesBySchema().getOrDefault(schema, List.of());
            FeatureText.Scenario scenario = feature.scenario("Tables in schema " + schema);
            if (!facts.schemasPresent().contains(schema)) {
                draft.leaveOut(feature, "schema " + schema, "it does not exist in " + facts.database());
                continue;
            }
            if (!schema.equals(draft.options.defaultSchema())) {
                GherkinText.argument(schema).ifPresentOrElse(s -> scenario.step("the schema " + s + " exists"),
                        () -> draft.leaveOut(feature, "schema " + schema, "its name cannot be written as a sentence argument"));
            }
            boolean exact = !facts.schemasWithExclusions().contains(schema);
            FeatureText.Table list = new FeatureText.Table("table");
            for (QualifiedName name : names) {
                Optional<String> cell = exact ? GherkinText.nameCell(name, schema) : draft.text.nameCell(name);
                cell.ifPresentOrElse(list::row, () -> draft.leaveOut(feature, "table " + name, "its name holds ${...}"));
            }
            boolean complete = list.size() == names.size();
            Optional<String> schemaArgument = GherkinText.argument(schema);
            if (exact && complete && schemaArgument.isPresent()) {
                scenario.step("exactly these tables exist in schema " + schemaArgument.get() + ":", list);
            } else {
                if (exact) {
                    scenario.comment("not every table name can be written, so the list is not exact");
                } else {
                    scenario.comment("tables matching " + String.join(", ", draft.options.exclusions()) + " are not written, so the list is not exact");
                }
                FeatureText.Table qualified = new FeatureText.Table("table");
                names.forEach(n -> draft.text.nameCell(n).ifPresent(qualified::row));
                scenario.step("these tables exist:", qualified);
            }
        }
        for (Relation table : facts.tables()) {
            columns(draft, feature, table, "Columns of " + GherkinText.plain(table.name(), draft.options.defaultSchema()));
        }
    }

    /** "the table ... has these columns:" with every column in order; views use it too (it reads any relation). */
    static void columns(Draft draft, FeatureText feature, Relation relation, String scenarioName) {
        columnsInto(draft, feature, feature.scenario(scenarioName), relation);
    }

    static void columnsInto(Draft draft, FeatureText feature, FeatureText.Scenario scenario, Relation relation) {
        Optional<String> argument = draft.text.nameArgument(relation.name());
        if (argument.isEmpty()) {
            draft.leaveOut(feature, "columns of " + relation.name(), "its name cannot be written as a sentence argument");
            return;
        }
        FeatureText.Table table = new FeatureText.Table("column", "type", "nullable", "default");
        boolean every = true;
        for (Column column : draft.facts.columnsOf(relation.name())) {
            Optional<String> name = GherkinText.cell(column.name());
            Optional<String> type = GherkinText.cell(column.type());
            Optional<String> defaultCell = column.defaultExpression() == null ? Optional.of("none") : GherkinText.cell(column.defaultExpression());
            if (name.isEmpty() || type.isEmpty()) {
                draft.leaveOut(feature, "column " + relation.name() + "." + column.name(), "its name or type would not read back as written");
                every = false;
                continue;
            }
            if (defaultCell.isEmpty()) {
                draft.leaveOut(feature, "the default of " + relation.name() + "." + column.name(), "it holds ${...} or a line break a cell cannot keep");
            }
            table.row(name.get(), type.get(), column.notNull() ? "no" : "yes", defaultCell.orElse(""));
        }
        // "exactly" also fails on a column added; a column left out would make it fail on the database it came from
        scenario.step("the table " + argument.get() + (every ? " has exactly these columns:" : " has these columns:"), table);
    }

    /** Primary keys, foreign keys with both rules, and the other indexes: one scenario each. */
    static void keys(Draft draft) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("02-keys.feature", "@schema", "primary keys, foreign keys and indexes");
        FeatureText.Scenario primaryKeys = feature.scenario("Primary keys");
        FeatureText.Table primary = new FeatureText.Table("table", "index", "columns", "unique");
        FeatureText.Table other = new FeatureText.Table("table", "index", "columns", "unique");
        java.util.Set<QualifiedName> tables = new java.util.HashSet<>(facts.tables().stream().map(Relation::name).toList());
        for (Index index : facts.indexes()) {
            if (!tables.contains(index.table())) {
                continue; // a materialized view's indexes are written with the view
            }
            if (index.primary()) {
                Optional<String> sentence = primaryKey(draft.text, index);
                if (sentence.isPresent()) {
                    primaryKeys.step(sentence.get());
                    continue;
                }
            }
            Optional<String> table = draft.text.nameCell(index.table());
            Optional<String> name = GherkinText.cell(index.name());
            if (table.isEmpty() || name.isEmpty()) {
                draft.leaveOut(feature, "index " + index.name() + " on " + index.table(), "its name would not read back as written");
                continue;
            }
            Optional<String> columns = GherkinText.listCell(index.columns());
            if (columns.isEmpty()) {
                draft.leaveOut(feature, "the columns of index " + index.name(), "an expression holds a comma; the index is checked by name");
            }
            (index.primary() ? primary : other).row(table.get(), name.get(), columns.orElse(""), index.unique() ? "yes" : "no");
        }
        primaryKeys.step("these indexes exist:", primary);
        FeatureText.Table keys = new FeatureText.Table("table", "columns", "references", "on delete", "on update");
        for (ForeignKey key : facts.foreignKeys()) {
            Optional<String> table = draft.text.nameCell(key.table());
            Optional<String> columns = GherkinText.listCell(key.columns());
            Optional<String> references = references(draft.text, key);
            if (table.isEmpty() || columns.isEmpty() || references.isEmpty()) {
                draft.leaveOut(feature, "foreign key " + key.name() + " on " + key.table(), "a name holds a comma, a parenthesis or ${...}");
                continue;
            }
            keys.row(table.get(), columns.get(), references.get(), key.onDelete().words(), key.onUpdate().words());
        }
        feature.scenario("Foreign keys").step("these foreign keys exist:", keys);
        feature.scenario("Indexes").step("these indexes exist:", other);
    }

    /**
     * "the primary key of "t" is (a, b)", when the table's name is a sentence argument and its key columns are plain
     * names (the sentence drops quotes, while the catalog prints a name that needs them quoted); else the key is
     * written as its index, a row of "these indexes exist:".
     */
    private static Optional<String> primaryKey(GherkinText text, Index index) {
        boolean plain = !index.columns().isEmpty() && index.columns().stream()
                .allMatch(c -> GherkinText.cell(c).isPresent() && !c.matches(".*[\"(),\\n].*"));
        return plain ? text.nameArgument(index.table()).map(t -> "the primary key of " + t + " is (" + String.join(", ", index.columns()) + ")")
                : Optional.empty();
    }

    /** "trackpay_users(id)", read back the way the foreign keys step splits it. */
    private static Optional<String> references(GherkinText text, ForeignKey key) {
        Optional<String> table = text.nameCell(key.referencedTable()).filter(t -> !t.contains("("));
        Optional<String> columns = GherkinText.listCell(key.referencedColumns()).filter(c -> !c.contains("(") && !c.contains(")"));
        if (table.isEmpty() || columns.isEmpty()) {
            return Optional.empty();
        }
        return GherkinText.cell(table.get() + "(" + columns.get() + ")");
    }
}
