package dev.releasegate.verifier.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Everything Supabase's database linter reads, from one database's catalog: its own parts (relations, indexes,
 * foreign keys, functions, roles, extensions), the policies and columns other checks read too, and the storage
 * buckets where the database has Supabase storage and the verifier's role may read every bucket. Read once per run
 * like every catalog part.
 */
public record LintFacts(int serverMajorVersion, List<LintRelation> relations, List<LintIndex> indexes,
                        List<LintForeignKey> foreignKeys, List<LintFunction> functions, List<Policy> policies, List<Column> columns,
                        List<LintRole> roles, List<ExtensionVersions> extensions, Optional<List<StorageBucket>> buckets) {

    public LintFacts {
        relations = List.copyOf(relations);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        functions = List.copyOf(functions);
        policies = List.copyOf(policies);
        columns = List.copyOf(columns);
        roles = List.copyOf(roles);
        extensions = List.copyOf(extensions);
        buckets = buckets.map(List::copyOf);
    }

    /** Reads the parts of a snapshot the linter needs (each at most once per run). */
    public static LintFacts of(CatalogSnapshot catalog) {
        List<LintRelation> relations = catalog.part("lint relations", LintReader::relations);
        // the verifier refuses to read a table whose rows row level security would hide from it: then no bucket is read
        boolean buckets = relations.stream().anyMatch(r -> r.name().equals(PlatformReader.BUCKETS_TABLE) && r.everyRowVisible());
        int major = majorVersion(catalog.database().serverVersion());
        return new LintFacts(major, relations, catalog.part("lint indexes", session -> LintReader.indexes(session, major)), catalog.part("lint foreign keys", LintReader::foreignKeys),
                catalog.part("lint functions", LintReader::functions), catalog.policies(), catalog.columns(),
                catalog.part("lint roles", LintReader::roles), catalog.part("lint extensions", LintReader::extensions),
                buckets ? Optional.of(catalog.part("storage buckets", PlatformReader::buckets)) : Optional.empty());
    }

    /** "17.5 (Debian 17.5-1)" and "15beta2" -> 17 and 15. */
    static int majorVersion(String serverVersion) {
        String digits = serverVersion.trim().replaceFirst("^(\\d+).*$", "$1");
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Integer.parseInt(digits) : 0;
    }

    public Optional<LintRole> role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public boolean hasSchema(String schema) {
        return relations.stream().anyMatch(r -> r.name().schema().equals(schema))
                || functions.stream().anyMatch(f -> f.function().name().schema().equals(schema));
    }

    public Optional<ExtensionVersions> extension(String name) {
        return extensions.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<LintRelation> relation(QualifiedName name) {
        return relations.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
