package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What one database's catalog holds, read lazily, one query per kind of object, once per run, and shared by
 * every scenario (safe to use from several threads). The kinds most checklists ask about are read together the first
 * time one of them is asked for: their queries go in one round trip, in one transaction.
 */
public final class CatalogSnapshot {

    /** A reader of one kind of catalog object. */
    @FunctionalInterface
    interface Part<T> {
        T read(dev.releasegate.verifier.db.ReadOnlySession session) throws java.sql.SQLException;
    }

    /** Told of every catalog query a snapshot's user relied on, so that the evidence is exactly what was read. */
    @FunctionalInterface
    public interface ReadLog {
        void read(String part, ExecutedQuery query);

        ReadLog NONE = (part, query) -> { };
    }

    /** A part whose query takes no parameters, so that it can be sent ahead with the others. */
    private record Common(String sql, Part<?> reader) {
    }

    /**
     * The kinds of object most checklists ask about, each cheap to read: across a network, one round trip for all of
     * them costs less than a second round trip for any. Functions (their definitions are large) and anything read per
     * role are read when asked for.
     */
    private static final Map<String, Common> COMMON = common();

    private static Map<String, Common> common() {
        Map<String, Common> common = new LinkedHashMap<>();
        common.put("relations", new Common(CatalogReader.RELATIONS, CatalogReader::relations));
        common.put("columns", new Common(CatalogReader.COLUMNS, CatalogReader::columns));
        common.put("foreign keys", new Common(CatalogReader.FOREIGN_KEYS, CatalogReader::foreignKeys));
        common.put("indexes", new Common(CatalogReader.INDEXES, CatalogReader::indexes));
        common.put("policies", new Common(CatalogReader.POLICIES, CatalogReader::policies));
        common.put("triggers", new Common(TriggerReader.TRIGGERS, TriggerReader::triggers));
        common.put("schemas", new Common(CatalogReader.SCHEMAS, CatalogReader::schemas));
        common.put("roles", new Common(CatalogReader.ROLES, CatalogReader::roles));
        return Collections.unmodifiableMap(common);
    }

    /** What every view of one database's snapshot shares: the parts read so far and the queries that read them. */
    private static final class Store {
        boolean commonTried;
        final Map<String, Object> parts = new ConcurrentHashMap<>();
        final Map<String, ExecutedQuery> reads = new ConcurrentHashMap<>();
        final Map<String, Map<QualifiedName, ?>> groups = new ConcurrentHashMap<>();
    }

    private final Database database;
    private final Store store;
    private final ReadLog log;

    public CatalogSnapshot(Database database) {
        this(database, new Store(), ReadLog.NONE);
    }

    private CatalogSnapshot(Database database, Store store, ReadLog log) {
        this.database = database;
        this.store = store;
        this.log = log;
    }

    /** The same snapshot (same reads, read once), telling {@code log} of each catalog query behind what is asked of it. */
    public CatalogSnapshot recordingInto(ReadLog log) {
        return new CatalogSnapshot(database, store, log);
    }

    public Database database() {
        return database;
    }

    public List<Relation> relations() {
        return part("relations", CatalogReader::relations);
    }

    public List<Relation> tables() {
        return relations().stream().filter(Relation::isTable).toList();
    }

    public Optional<Relation> relation(QualifiedName name) {
        return grouped("relations by name", relations(), Relation::name).getOrDefault(name, List.of()).stream().findFirst();
    }

    /** The relations among the names given that exist, for checks that only need those. */
    public List<Relation> relations(java.util.Collection<QualifiedName> names) {
        return names.stream().distinct().map(this::relation).flatMap(Optional::stream).toList();
    }

    public List<Policy> policiesOn(QualifiedName table) {
        return grouped("policies by table", policies(), Policy::table).getOrDefault(table, List.of());
    }

    public List<Index> indexesOn(QualifiedName table) {
        return grouped("indexes by table", indexes(), Index::table).getOrDefault(table, List.of());
    }

    public List<Trigger> triggersOn(QualifiedName table) {
        return grouped("triggers by table", triggers(), Trigger::table).getOrDefault(table, List.of());
    }

    public List<Column> columnsOf(QualifiedName table) {
        return grouped("columns by table", columns(), Column::table).getOrDefault(table, List.of());
    }

    /**
     * The columns of a table's primary key, in key order, as names (the index definition prints {@code "Order Id"}
     * quoted); empty when it has none (or does not exist).
     */
    public List<String> primaryKey(QualifiedName table) {
        return indexesOn(table).stream().filter(Index::primary).findFirst()
                .map(pk -> pk.columns().stream().map(CatalogSnapshot::unquoted).toList()).orElse(List.of());
    }

    /** pg_get_indexdef prints a key column as an identifier, quoted when it needs quotes: the column's own name. */
    static String unquoted(String printed) {
        return printed.length() >= 2 && printed.startsWith("\"") && printed.endsWith("\"")
                ? printed.substring(1, printed.length() - 1).replace("\"\"", "\"") : printed;
    }

    /** What of a table and some of its columns this database lacks: nothing, the table, or some columns. */
    public Absence absence(QualifiedName table, java.util.Collection<String> columns) {
        if (relation(table).isEmpty()) {
            List<QualifiedName> tables = relations().stream().map(Relation::name).toList();
            return new Absence(database.name(), table, true, List.of(), tables, List.of());
        }
        List<String> present = columnsOf(table).stream().map(Column::name).toList();
        return new Absence(database.name(), table, false, columns.stream().filter(c -> !present.contains(c)).distinct().toList(),
                List.of(), present);
    }

    public List<ForeignKey> foreignKeysFrom(QualifiedName table) {
        return grouped("foreign keys by table", foreignKeys(), ForeignKey::table).getOrDefault(table, List.of());
    }

    public List<ForeignKey> foreignKeysReferencing(QualifiedName table) {
        return grouped("foreign keys by referenced table", foreignKeys(), ForeignKey::referencedTable).getOrDefault(table, List.of());
    }

    /** The same objects of tables given, in catalog order: what a step over a few tables hands its check. */
    public <T> List<T> onTables(java.util.Collection<QualifiedName> tables, java.util.function.Function<QualifiedName, List<T>> perTable) {
        return tables.stream().distinct().flatMap(t -> perTable.apply(t).stream()).toList();
    }

    /** A part's objects grouped by table, computed once: steps look up one table among thousands on every item. */
    @SuppressWarnings("unchecked")
    private <T> Map<QualifiedName, List<T>> grouped(String name, List<T> items, java.util.function.Function<T, QualifiedName> key) {
        return (Map<QualifiedName, List<T>>) store.groups.computeIfAbsent(name, n -> Map.copyOf(items.stream()
                .collect(java.util.stream.Collectors.groupingBy(key, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))));
    }

    public List<Column> columns() {
        return part("columns", CatalogReader::columns);
    }

    public List<ForeignKey> foreignKeys() {
        return part("foreign keys", CatalogReader::foreignKeys);
    }

    public List<Index> indexes() {
        return part("indexes", CatalogReader::indexes);
    }

    public List<Policy> policies() {
        return part("policies", CatalogReader::policies);
    }

    public List<Function> functions() {
        return part("functions", CatalogReader::functions);
    }

    public Set<String> schemas() {
        return Set.copyOf(this.<List<String>>part("schemas", CatalogReader::schemas));
    }

    public Set<String> roles() {
        return Set.copyOf(this.<List<String>>part("roles", CatalogReader::roles));
    }

    /** The functions a role may execute, counting PUBLIC grants and role membership the way PostgreSQL does. */
    public Set<Long> functionsExecutableBy(String role) {
        List<Long> oids = part("execute privileges of " + role, session -> CatalogReader.executableFunctions(session, role));
        return Set.copyOf(oids);
    }

    /** Enum types with their labels in sort order. */
    public List<EnumType> enums() {
        return part("enums", SchemaObjectReader::enums);
    }

    public List<Extension> extensions() {
        return part("extensions", SchemaObjectReader::extensions);
    }

    /** pg_settings as the verifier's session sees it. */
    public List<ServerSetting> serverSettings() {
        return part("settings", SchemaObjectReader::settings);
    }

    /** Views and materialized views, with their definitions, security_invoker and API-role SELECT rights. */
    public List<View> views() {
        return part("views", WholeDatabaseReader::views);
    }

    /** Who is granted EXECUTE on each function (PUBLIC included), from its ACL. */
    public List<FunctionGrantees> functionGrantees() {
        return part("function grantees", WholeDatabaseReader::functionGrantees);
    }

    /** ALTER DEFAULT PRIVILEGES settings per role, schema and object type. */
    public List<DefaultPrivileges> defaultPrivileges() {
        return part("default privileges", WholeDatabaseReader::defaultPrivileges);
    }

    /** The names of {@link #tablesMatching}, in catalog order. */
    public List<QualifiedName> tableNamesMatching(NamePattern pattern) {
        return tablesMatching(pattern).stream().map(Relation::name).toList();
    }

    public List<ForeignKey> foreignKeysInSchema(String schema) {
        return foreignKeys().stream().filter(k -> k.table().schema().equals(schema)).toList();
    }

    /** The tables of a schema whose unqualified name is LIKE the pattern. */
    public List<Relation> tablesMatching(NamePattern pattern) {
        return tables().stream().filter(t -> pattern.matches(t.name())).toList();
    }

    @SuppressWarnings("unchecked")
    <T> T part(String name, Part<T> reader) {
        Object value = store.parts.get(name);
        if (value == null) {
            synchronized (store) {
                if (COMMON.containsKey(name) && !store.commonTried) {
                    readCommon();
                }
                value = store.parts.get(name);
                if (value == null) {
                    value = database.read(session -> {
                        T result = reader.read(session);
                        session.executed().stream().reduce((a, b) -> b).ifPresent(q -> store.reads.put(name, q));
                        return result;
                    });
                    store.parts.put(name, value);
                }
            }
        }
        ExecutedQuery query = store.reads.get(name);
        if (query != null) {
            log.read(name, query);
        }
        return (T) value;
    }

    /**
     * Reads every common part not read yet in one transaction, their queries sent in one round trip. Should that
     * fail, each part is read on its own when asked for, so that a kind the server will not show fails only the items
     * that need it.
     */
    private void readCommon() {
        store.commonTried = true;
        List<String> missing = COMMON.keySet().stream().filter(n -> !store.parts.containsKey(n)).toList();
        try {
            database.read(session -> {
                session.sendAhead(missing.stream().map(n -> COMMON.get(n).sql()).toList());
                for (String name : missing) {
                    Object value = COMMON.get(name).reader().read(session);
                    session.executed().stream().reduce((a, b) -> b).ifPresent(q -> store.reads.put(name, q));
                    store.parts.put(name, value);
                }
                return null;
            });
        } catch (ChecklistBroken e) {
            // read one by one below, where the error is the item's own
        }
    }

    /**
     * The parts read from ordinary tables, settings or statistics, not from the catalog a {@link CatalogFingerprint}
     * covers: pg_settings, storage.buckets, cron.job, and the linter's facts (index scans, row estimates, the
     * extensions available on the server, per-database settings).
     */
    private static final List<String> ROW_PARTS = List.of("settings", "storage buckets", "scheduled jobs");
    private static final String LINT_PARTS = "lint ";

    /** Forgets the parts no catalog fingerprint covers, so that a repeated run reads them again when asked for. */
    void forgetRowParts() {
        synchronized (store) {
            for (String name : List.copyOf(store.parts.keySet())) {
                if (ROW_PARTS.contains(name) || name.startsWith(LINT_PARTS)) {
                    store.parts.remove(name);
                    store.reads.remove(name);
                }
            }
        }
    }

    /** User triggers of every user schema. */
    public List<Trigger> triggers() {
        return part("triggers", TriggerReader::triggers);
    }

    /** Sequences of every user schema, each with the column it feeds if it is owned by one. */
    public List<Sequence> sequences() {
        return part("sequences", SequenceReader::sequences);
    }

    /** What a role may do on every table, view and sequence, as PostgreSQL decides it (one query per role). */
    public List<RelationPrivileges> relationPrivilegesOf(String role) {
        return part("table privileges of " + role, session -> PrivilegeReader.relationPrivileges(session, role));
    }

    /** The functions, relations and types that extensions own (pg_depend type 'e'). */
    public List<ExtensionMember> extensionMembers() {
        return part("extension members", ExtensionMemberReader::members);
    }

    /** What a role may do on every schema (USAGE, CREATE), by schema name: one query per role. */
    public Map<String, Set<Privilege>> schemaPrivilegesOf(String role) {
        return part("schema privileges of " + role, session -> PrivilegeReader.schemaPrivileges(session, role));
    }

    /** The rows of storage.buckets, or empty when this database has no storage.buckets table. */
    public Optional<List<StorageBucket>> storageBuckets() {
        if (relation(PlatformReader.BUCKETS_TABLE).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(part("storage buckets", PlatformReader::buckets));
    }

    /** The rows of pg_cron's cron.job, or empty when pg_cron is not installed in this database. */
    public Optional<List<ScheduledJob>> scheduledJobs() {
        if (relation(PlatformReader.CRON_TABLE).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(part("scheduled jobs", PlatformReader::jobs));
    }
}
