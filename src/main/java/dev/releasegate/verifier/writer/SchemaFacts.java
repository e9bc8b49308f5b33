package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.EnumType;
import dev.releasegate.verifier.catalog.Extension;
import dev.releasegate.verifier.catalog.ExtensionMember;
import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.MigrationHistory;
import dev.releasegate.verifier.catalog.MigrationHistoryReader;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.Privilege;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.RelationPrivileges;
import dev.releasegate.verifier.catalog.Sequence;
import dev.releasegate.verifier.catalog.StorageBucket;
import dev.releasegate.verifier.catalog.TableRowCounts;
import dev.releasegate.verifier.catalog.Trigger;
import dev.releasegate.verifier.catalog.View;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything a written checklist states about one database, read once through its catalog snapshot (one query per
 * kind of object), kept to the schemas and exclusions asked for, without the objects extensions own, and sorted by
 * name so that the same database always gives the same facts in the same order.
 */
record SchemaFacts(String database, Scope scope, Set<String> schemasPresent,
                   Map<String, List<QualifiedName>> tablesBySchema, Set<String> schemasWithExclusions,
                   List<Relation> tables, List<Relation> views, List<View> viewDetails,
                   Map<QualifiedName, List<Column>> columns,
                   List<ForeignKey> foreignKeys, List<Index> indexes, List<Policy> policies,
                   List<Function> functions, List<Trigger> triggers, List<EnumType> enums, List<Extension> extensions,
                   List<Sequence> sequences, List<String> roles, List<String> absentRoles,
                   Map<String, Map<QualifiedName, RelationPrivileges>> relationPrivileges, Map<String, Set<Long>> executable,
                   Map<String, Map<String, Set<Privilege>>> schemaPrivileges,
                   Optional<List<StorageBucket>> buckets, Optional<MigrationHistory> migrations,
                   Map<QualifiedName, Long> rowCounts, Map<String, String> unreadable) {

    /** The role every role belongs to: PostgreSQL's privilege functions accept it by this name. */
    static final String PUBLIC = "public";

    static SchemaFacts read(CatalogSnapshot catalog, WriterOptions options) {
        Scope scope = new Scope(options.schemas(), options.exclusions());
        List<ExtensionMember> members = catalog.extensionMembers();
        Set<Long> extensionFunctions = oids(members, ExtensionMember.Kind.FUNCTION);
        Set<QualifiedName> extensionRelations = names(members, ExtensionMember.Kind.RELATION);
        Set<QualifiedName> extensionTypes = names(members, ExtensionMember.Kind.TYPE);

        List<Relation> allTables = sorted(catalog.tables().stream().filter(r -> scope.schemas().contains(r.name().schema())),
                Relation::name);
        Map<String, List<QualifiedName>> tablesBySchema = new LinkedHashMap<>();
        scope.schemas().forEach(s -> tablesBySchema.put(s, allTables.stream().map(Relation::name)
                .filter(n -> n.schema().equals(s) && !scope.excluded(n)).toList()));
        Set<String> schemasWithExclusions = allTables.stream().map(Relation::name).filter(scope::excluded)
                .map(QualifiedName::schema).collect(Collectors.toSet());

        Predicate<QualifiedName> own = n -> scope.includes(n) && !extensionRelations.contains(n);
        List<Relation> relations = sorted(catalog.relations().stream().filter(r -> own.test(r.name())), Relation::name);
        List<Relation> tables = relations.stream()
                .filter(r -> r.kind() == Relation.Kind.TABLE || r.kind() == Relation.Kind.FOREIGN_TABLE).toList();
        List<Relation> views = relations.stream()
                .filter(r -> r.kind() == Relation.Kind.VIEW || r.kind() == Relation.Kind.MATERIALIZED_VIEW).toList();
        Set<QualifiedName> written = relations.stream().map(Relation::name).collect(Collectors.toSet());
        Set<QualifiedName> writtenTables = tables.stream().map(Relation::name).collect(Collectors.toSet());

        Map<QualifiedName, List<Column>> columns = new LinkedHashMap<>();
        catalog.columns().stream().filter(c -> written.contains(c.table()))
                .sorted(Comparator.comparing(Column::table).thenComparingInt(Column::position))
                .forEach(c -> columns.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c));

        List<ForeignKey> foreignKeys = catalog.foreignKeys().stream().filter(k -> writtenTables.contains(k.table()))
                .sorted(Comparator.comparing(ForeignKey::table).thenComparing(ForeignKey::name)).toList();
        List<Index> indexes = catalog.indexes().stream().filter(i -> written.contains(i.table()))
                .sorted(Comparator.comparing(Index::table).thenComparing(Index::name)).toList();
        List<Policy> policies = catalog.policies().stream().filter(p -> writtenTables.contains(p.table()))
                .sorted(Comparator.comparing(Policy::table).thenComparing(Policy::name)).toList();
        List<Function> functions = catalog.functions().stream()
                .filter(f -> scope.includes(f.name()) && !extensionFunctions.contains(f.oid()))
                .sorted(Comparator.comparing(Function::name).thenComparing(f -> String.join(",", f.argumentTypes()))).toList();
        List<Trigger> triggers = catalog.triggers().stream().filter(t -> written.contains(t.table()))
                .sorted(Comparator.comparing(Trigger::table).thenComparing(Trigger::name)).toList();
        List<EnumType> enums = sorted(catalog.enums().stream().filter(e -> scope.includes(e.name()) && !extensionTypes.contains(e.name())),
                EnumType::name);
        List<Extension> extensions = catalog.extensions().stream().sorted(Comparator.comparing(Extension::name)).toList();
        List<View> viewDetails = sorted(catalog.views().stream().filter(v -> written.contains(v.name())), View::name);
        List<Sequence> sequences = sorted(catalog.sequences().stream().filter(s -> own.test(s.name())), Sequence::name);

        Set<String> existingRoles = catalog.roles();
        List<String> roles = options.roles().stream().filter(r -> r.equalsIgnoreCase(PUBLIC) || existingRoles.contains(r))
                .map(r -> r.equalsIgnoreCase(PUBLIC) ? PUBLIC : r).distinct().toList();
        List<String> absentRoles = options.roles().stream().filter(r -> !r.equalsIgnoreCase(PUBLIC) && !existingRoles.contains(r)).toList();
        Map<String, Map<QualifiedName, RelationPrivileges>> relationPrivileges = new LinkedHashMap<>();
        Map<String, Set<Long>> executable = new LinkedHashMap<>();
        Map<String, Map<String, Set<Privilege>>> schemaPrivileges = new LinkedHashMap<>();
        for (String role : roles) {
            schemaPrivileges.put(role, catalog.schemaPrivilegesOf(role));
            relationPrivileges.put(role, catalog.relationPrivilegesOf(role).stream()
                    .collect(Collectors.toMap(RelationPrivileges::relation, p -> p, (a, b) -> a, LinkedHashMap::new)));
            executable.put(role, functions.isEmpty() ? Set.of() : catalog.functionsExecutableBy(role));
        }

        // outside pg_catalog a least-privileged role may be refused: that section is left out, the others are written
        Map<String, String> unreadable = new LinkedHashMap<>();
        Optional<List<StorageBucket>> buckets = readable(unreadable, "storage buckets", () -> catalog.storageBuckets()
                .map(list -> sorted(list.stream(), b -> b.name())));
        Optional<MigrationHistory> migrations = readable(unreadable, "applied migrations",
                () -> MigrationHistoryReader.read(catalog.database()));
        Map<QualifiedName, Long> rowCounts = options.rowCountRecord().isEmpty() ? Map.of()
                : TableRowCounts.count(catalog.database(), tablesBySchema.values().stream().flatMap(List::stream).toList()).counts();

        return new SchemaFacts(options.database(), scope, catalog.schemas(), tablesBySchema, schemasWithExclusions,
                tables, views, viewDetails, columns, foreignKeys, indexes, policies, functions, triggers, enums, extensions,
                sequences, roles, absentRoles, relationPrivileges, executable, schemaPrivileges, buckets, migrations, rowCounts,
                unreadable);
    }

    private static <T> Optional<T> readable(Map<String, String> unreadable, String part, Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (ChecklistBroken e) {
            unreadable.put(part, e.getMessage());
            return Optional.empty();
        }
    }

    private static <T, K extends Comparable<? super K>> List<T> sorted(Stream<T> items, java.util.function.Function<T, K> key) {
        return items.sorted(Comparator.comparing(key)).toList();
    }

    private static Set<Long> oids(List<ExtensionMember> members, ExtensionMember.Kind kind) {
        return members.stream().filter(m -> m.kind() == kind).map(ExtensionMember::oid).collect(Collectors.toSet());
    }

    private static Set<QualifiedName> names(List<ExtensionMember> members, ExtensionMember.Kind kind) {
        return members.stream().filter(m -> m.kind() == kind).map(ExtensionMember::name).collect(Collectors.toSet());
    }

    List<Column> columnsOf(QualifiedName relation) {
        return columns.getOrDefault(relation, List.of());
    }

    /** What a role may do on a table, view or sequence. */
    Optional<RelationPrivileges> privileges(String role, QualifiedName relation) {
        return Optional.ofNullable(relationPrivileges.getOrDefault(role, Map.of()).get(relation));
    }
}
