package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.catalog.LintFunction;
import dev.releasegate.verifier.catalog.LintIndex;
import dev.releasegate.verifier.catalog.LintRelation;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What every lint reads: the catalog facts, the exposed schemas, the default schema, and lookups built once. */
final class LintInput {

    /** The schemas splinter leaves out of most lints: Supabase's own and those of extensions it ships. */
    static final Set<String> PLATFORM_SCHEMAS = Set.of("_timescaledb_cache", "_timescaledb_catalog", "_timescaledb_config",
            "_timescaledb_internal", "auth", "cron", "extensions", "graphql", "graphql_public", "information_schema", "net", "pgmq",
            "pgroonga", "pgsodium", "pgsodium_masks", "pgtle", "pgbouncer", "pg_catalog", "realtime", "repack", "storage",
            "supabase_functions", "supabase_migrations", "tiger", "topology", "vault");

    final LintFacts facts;
    final ExposedSchemas exposed;
    final String defaultSchema;
    private final Map<QualifiedName, LintRelation> relations;
    private final Map<QualifiedName, List<LintIndex>> indexes;
    private final Map<QualifiedName, List<Policy>> policies;

    LintInput(LintFacts facts, ExposedSchemas exposed, String defaultSchema) {
        this.facts = facts;
        this.exposed = exposed;
        this.defaultSchema = defaultSchema;
        this.relations = facts.relations().stream().collect(Collectors.toMap(LintRelation::name, r -> r, (a, b) -> a, LinkedHashMap::new));
        this.indexes = facts.indexes().stream().collect(Collectors.groupingBy(LintIndex::table));
        this.policies = facts.policies().stream().collect(Collectors.groupingBy(Policy::table, LinkedHashMap::new, Collectors.toList()));
    }

    static boolean platform(String schema) {
        return PLATFORM_SCHEMAS.contains(schema);
    }

    boolean exposed(String schema) {
        return exposed.contains(schema);
    }

    Optional<LintRelation> relation(QualifiedName name) {
        return Optional.ofNullable(relations.get(name));
    }

    List<LintIndex> indexesOn(QualifiedName table) {
        return indexes.getOrDefault(table, List.of());
    }

    List<Policy> policiesOn(QualifiedName table) {
        return policies.getOrDefault(table, List.of());
    }

    /** Whether anon or authenticated may select from it (a role that does not exist may not). */
    static boolean apiCanSelect(LintRelation relation) {
        return relation.anonCanSelect().orElse(false) || relation.authenticatedCanSelect().orElse(false);
    }

    /** The API roles that may select from it, for the detail of a finding. */
    static String apiRolesThatSelect(LintRelation relation) {
        String roles = (relation.anonCanSelect().orElse(false) ? "anon" : "")
                + (relation.anonCanSelect().orElse(false) && relation.authenticatedCanSelect().orElse(false) ? " and " : "")
                + (relation.authenticatedCanSelect().orElse(false) ? "authenticated" : "");
        return roles + " may select from it";
    }

    FindingObject object(LintRelation relation) {
        return FindingObject.relation(relation.name());
    }

    FindingObject table(QualifiedName table) {
        return FindingObject.relation(table);
    }

    FindingObject object(LintFunction function) {
        return FindingObject.function(function.function());
    }

    String display(QualifiedName name) {
        return FindingObject.display(name, defaultSchema);
    }

    Finding finding(Lint lint, FindingObject object, String detail) {
        return new Finding(lint, object, detail, object.display(defaultSchema));
    }

    Finding finding(Lint lint, FindingObject object, String detail, String fixSubject) {
        return new Finding(lint, object, detail, fixSubject);
    }
}
