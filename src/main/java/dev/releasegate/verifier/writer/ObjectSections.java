package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.catalog.EnumType;
import dev.releasegate.verifier.catalog.Extension;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.MigrationHistory;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.Sequence;
import dev.releasegate.verifier.catalog.StorageBucket;
import dev.releasegate.verifier.catalog.Trigger;
import dev.releasegate.verifier.catalog.TriggerEvent;
import dev.releasegate.verifier.catalog.View;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Triggers, views, sequences, enums, extensions, storage buckets, migrations and row counts. */
final class ObjectSections {

    private ObjectSections() {
    }

    static void triggers(Draft draft) {
        FeatureText feature = draft.feature("06-triggers.feature", "@schema", "triggers");
        FeatureText.Table table = new FeatureText.Table("table", "trigger", "timing", "events", "function", "enabled");
        for (Trigger trigger : draft.facts.triggers()) {
            Optional<String> on = draft.text.nameCell(trigger.table());
            Optional<String> name = GherkinText.cell(trigger.name());
            String functionText = GherkinText.plain(trigger.function(), draft.options.defaultSchema());
            boolean functionReadsBack = QualifiedName.parse(functionText, draft.options.defaultSchema()).equals(trigger.function());
            Optional<String> function = functionReadsBack ? GherkinText.cell(functionText + "()") : Optional.empty();
            if (on.isEmpty() || name.isEmpty() || function.isEmpty()) {
                draft.leaveOut(feature, "trigger " + trigger.name() + " on " + trigger.table(), "a name would not read back as written");
                continue;
            }
            table.row(on.get(), name.get(), trigger.timing().toString(), TriggerEvent.describe(trigger.events()), function.get(),
                    trigger.enabled() ? "yes" : "no");
        }
        feature.scenario("Triggers").step("these triggers exist:", table);
    }

    /** One scenario per view: that it exists, its columns, and what each role may do on it. */
    static void views(Draft draft) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("07-views.feature", "@schema", "views");
        for (Relation relation : facts.views()) {
            boolean materialized = relation.kind() == Relation.Kind.MATERIALIZED_VIEW;
            String name = GherkinText.plain(relation.name(), draft.options.defaultSchema());
            FeatureText.Scenario scenario = feature.scenario((materialized ? "Materialized view " : "View ") + name);
            Optional<View> view = facts.viewDetails().stream().filter(v -> v.name().equals(relation.name())).findFirst();
            if (materialized) {
                scenario.comment("no sentence names a materialized view: its columns say it exists");
            } else {
                scenario.comment("security_invoker is " + (view.map(View::securityInvoker).orElse(false) ? "on" : "off")
                        + " (no sentence checks it yet)");
                draft.text.nameCell(relation.name()).ifPresentOrElse(
                        cell -> scenario.step("these views exist:", new FeatureText.Table("view").row(cell)),
                        () -> draft.leaveOut(feature, "view " + relation.name(), "its name holds ${...}"));
            }
            TableSections.columnsInto(draft, feature, scenario, relation);
            if (materialized) {
                FeatureText.Table indexes = new FeatureText.Table("table", "index", "columns", "unique");
                for (Index index : facts.indexes().stream().filter(i -> i.table().equals(relation.name())).toList()) {
                    Optional<String> cell = draft.text.nameCell(index.table());
                    Optional<String> indexName = GherkinText.cell(index.name());
                    if (cell.isPresent() && indexName.isPresent()) {
                        indexes.row(cell.get(), indexName.get(), GherkinText.listCell(index.columns()).orElse(""), index.unique() ? "yes" : "no");
                    }
                }
                scenario.step("these indexes exist:", indexes);
            }
            SecuritySections.relationPrivileges(draft, feature, scenario, facts.roles(), List.of(relation.name()));
        }
    }

    /** What each role may do on each sequence; that is also what says the sequence exists. */
    static void sequences(Draft draft) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("08-sequences.feature", "@schema", "sequences");
        FeatureText.Scenario scenario = feature.scenario("Sequences");
        if (!facts.sequences().isEmpty()) {
            scenario.comment("start, increment and owning column are not checked: no sentence says them");
        }
        SecuritySections.relationPrivileges(draft, feature, scenario, facts.roles(), facts.sequences().stream().map(Sequence::name).toList());
    }

    static void enums(Draft draft) {
        FeatureText feature = draft.feature("09-types.feature", "@schema", "enum types");
        FeatureText.Scenario scenario = feature.scenario("Enum types");
        for (EnumType type : draft.facts.enums()) {
            Optional<String> argument = draft.text.nameArgument(type.name());
            FeatureText.Table labels = new FeatureText.Table("label");
            type.labels().forEach(l -> GherkinText.cell(l).ifPresent(labels::row));
            if (argument.isEmpty() || labels.size() != type.labels().size() || type.labels().isEmpty()) {
                draft.leaveOut(feature, "enum " + type.name(), "its name or a label would not read back as written");
                continue;
            }
            scenario.step("the enum " + argument.get() + " has these labels:", labels);
        }
    }

    static void extensions(Draft draft) {
        FeatureText feature = draft.feature("10-extensions.feature", "@schema", "extensions");
        FeatureText.Table table = new FeatureText.Table("extension", "schema", "version");
        for (Extension extension : draft.facts.extensions()) {
            Optional<String> name = GherkinText.cell(extension.name());
            Optional<String> schema = GherkinText.cell(extension.schema());
            Optional<String> version = GherkinText.cell(extension.version());
            if (name.isEmpty() || schema.isEmpty() || version.isEmpty()) {
                draft.leaveOut(feature, "extension " + extension.name(), "a value would not read back as written");
                continue;
            }
            table.row(name.get(), schema.get(), version.get());
        }
        feature.scenario("Extensions").step("these extensions are installed:", table);
    }

    static void storage(Draft draft) {
        Optional<List<StorageBucket>> buckets = draft.facts.buckets();
        FeatureText feature = draft.feature("11-storage.feature", "@security", "storage buckets");
        if (buckets.isEmpty()) {
            unreadable(draft, feature, "storage buckets");
            return;
        }
        FeatureText.Table table = new FeatureText.Table("bucket", "public", "file size limit", "allowed mime types");
        for (StorageBucket bucket : buckets.get()) {
            Optional<String> name = GherkinText.cell(bucket.name()).filter(n -> !n.equalsIgnoreCase("null"));
            if (name.isEmpty()) {
                draft.leaveOut(feature, "bucket " + bucket.name(), "its name would not read back as written");
                continue;
            }
            Optional<String> types = bucket.allowedMimeTypes().map(GherkinText::listCell).orElse(Optional.of("null"));
            if (types.isEmpty()) {
                draft.leaveOut(feature, "the allowed mime types of bucket " + bucket.name(), "an empty list or a type with a comma cannot be written");
            }
            table.row(name.get(), bucket.isPublic() ? "yes" : "no", bucket.fileSizeLimit().map(String::valueOf).orElse("null"),
                    types.orElse(""));
        }
        feature.scenario("Storage buckets").step("these storage buckets exist:", table);
    }

    static void migrations(Draft draft) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("12-migrations.feature", "@schema", "applied migrations");
        Optional<MigrationHistory> history = facts.migrations();
        if (unreadable(draft, feature, "applied migrations")) {
            return;
        }
        if (history.isEmpty() || history.get().versions().isEmpty()) {
            feature.note(history.map(h -> h.table() + " records no migration").orElse("no migration history table was found")
                    + ": nothing to write");
            return;
        }
        FeatureText.Scenario scenario = feature.scenario("Applied migrations");
        scenario.comment("read from " + history.get().table() + " (" + history.get().tool().title() + ")");
        FeatureText.Table versions = new FeatureText.Table("version");
        history.get().versions().stream().distinct().sorted(MigrationHistory.VERSION_ORDER)
                .forEach(v -> GherkinText.cell(v).ifPresentOrElse(versions::row,
                        () -> draft.leaveOut(feature, "migration " + v, "its version would not read back as written")));
        scenario.step("these migrations are applied:", versions);
        history.get().latest().flatMap(GherkinText::stringArgument)
                .ifPresent(v -> scenario.step("the latest applied migration is " + v));
    }

    /**
     * Row counts as a record written now (baselines/&lt;record&gt;.json, the format of "When ... are recorded as"), and the
     * sentence that compares a later run against it: one per schema, or one per table where exclusions leave tables out.
     */
    static void rowCounts(Draft draft, String record) {
        SchemaFacts facts = draft.facts;
        FeatureText feature = draft.feature("13-row-counts.feature", "@data", "row counts against the recorded baseline");
        FeatureText.Scenario scenario = feature.scenario("Row counts equal the record " + record);
        scenario.comment("the record was written with this checklist; to record again, run: When the row counts of tables matching"
                + " \"...\" in \"" + draft.options.database() + "\" are recorded as \"" + record + "\"");
        String database = GherkinText.argument(draft.options.database()).orElseThrow();
        String recordArgument = GherkinText.argument(record).orElseThrow();
        Map<QualifiedName, Long> counts = facts.rowCounts();
        for (String schema : draft.options.schemas()) {
            List<QualifiedName> tables = counts.keySet().stream().filter(t -> t.schema().equals(schema)).sorted().toList();
            if (tables.isEmpty()) {
                continue;
            }
            if (!facts.schemasWithExclusions().contains(schema)) {
                draft.text.patternArgument(schema, "%").ifPresentOrElse(p -> scenario.step(sentence(p, database, recordArgument)),
                        () -> draft.leaveOut(feature, "row counts in schema " + schema, "its name cannot be written in a pattern"));
                continue;
            }
            for (QualifiedName table : tables) {
                draft.text.patternArgument(schema, GherkinText.exactLike(table.name()))
                        .ifPresentOrElse(p -> scenario.step(sentence(p, database, recordArgument)),
                                () -> draft.leaveOut(feature, "row count of " + table, "its name cannot be written in a pattern"));
            }
        }
    }

    /** Whether the section's part could not be read; then the file says why it holds nothing. */
    private static boolean unreadable(Draft draft, FeatureText feature, String part) {
        String reason = draft.facts.unreadable().get(part);
        if (reason != null) {
            draft.leaveOut(feature, part, "could not be read: " + reason);
        }
        return reason != null;
    }

    private static String sentence(String pattern, String database, String record) {
        return "the row counts of tables matching " + pattern + " in " + database + " equal the record " + record;
    }
}
