package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs every lint of a category over one database's catalog facts: pure logic, no JDBC. */
public final class Linter {

    private Linter() {
    }

    public static LintRun run(LintFacts facts, ExposedSchemas exposed, String defaultSchema, LintCategory category) {
        LintInput in = new LintInput(facts, exposed, defaultSchema);
        List<Finding> findings = new ArrayList<>();
        Map<Lint, String> skipped = new EnumMap<>(Lint.class);
        for (Lint lint : Lint.of(category)) {
            Optional<Lint.Need> missing = lint.needs().stream().filter(need -> !has(facts, need)).sorted().findFirst();
            if (missing.isPresent()) {
                skipped.put(lint, missing.get().missing());
            } else {
                findings.addAll(find(lint, in));
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.lint().ordinal()).thenComparing(f -> f.object().display(defaultSchema))
                .thenComparing(Finding::detail));
        return new LintRun(category, exposed, findings, skipped);
    }

    private static boolean has(LintFacts facts, Lint.Need need) {
        return switch (need) {
            case API_ROLE -> facts.role("anon").isPresent() || facts.role("authenticated").isPresent();
            case ANON -> facts.role("anon").isPresent();
            case AUTHENTICATED -> facts.role("authenticated").isPresent();
            case AUTH_USERS -> facts.relation(new QualifiedName("auth", "users")).isPresent();
            case AUTH_SCHEMA -> facts.hasSchema("auth");
            case STORAGE -> facts.relation(new QualifiedName("storage", "buckets")).isPresent();
            case STORAGE_ROWS -> facts.buckets().isPresent();
            case PGMQ -> facts.hasSchema("pgmq");
            case PG_GRAPHQL -> facts.extension("pg_graphql").isPresent();
            case POSTGRES_15 -> facts.serverMajorVersion() >= 15;
        };
    }

    private static List<Finding> find(Lint lint, LintInput in) {
        return switch (lint) {
            case UNINDEXED_FOREIGN_KEYS -> IndexLints.unindexedForeignKeys(in);
            case AUTH_USERS_EXPOSED -> ApiLints.authUsersExposed(in);
            case AUTH_RLS_INITPLAN -> PolicyLints.authRlsInitplan(in);
            case NO_PRIMARY_KEY -> TableLints.noPrimaryKey(in);
            case UNUSED_INDEX -> IndexLints.unusedIndex(in);
            case MULTIPLE_PERMISSIVE_POLICIES -> PolicyLints.multiplePermissivePolicies(in);
            case POLICY_EXISTS_RLS_DISABLED -> TableLints.policyExistsRlsDisabled(in);
            case RLS_ENABLED_NO_POLICY -> TableLints.rlsEnabledNoPolicy(in);
            case DUPLICATE_INDEX -> IndexLints.duplicateIndex(in);
            case SECURITY_DEFINER_VIEW -> ApiLints.securityDefinerView(in);
            case FUNCTION_SEARCH_PATH_MUTABLE -> FunctionLints.functionSearchPathMutable(in);
            case RLS_DISABLED_IN_PUBLIC -> TableLints.rlsDisabledInPublic(in);
            case EXTENSION_IN_PUBLIC -> FunctionLints.extensionInPublic(in);
            case RLS_REFERENCES_USER_METADATA -> PolicyLints.rlsReferencesUserMetadata(in);
            case MATERIALIZED_VIEW_IN_API -> ApiLints.materializedViewInApi(in);
            case FOREIGN_TABLE_IN_API -> ApiLints.foreignTableInApi(in);
            case UNSUPPORTED_REG_TYPES -> TableLints.unsupportedRegTypes(in);
            case INSECURE_QUEUE_EXPOSED_IN_API -> TableLints.insecureQueueExposedInApi(in);
            case TABLE_BLOAT -> TableLints.tableBloat(in);
            case FKEY_TO_AUTH_UNIQUE -> IndexLints.fkeyToAuthUnique(in);
            case EXTENSION_VERSIONS_OUTDATED -> FunctionLints.extensionVersionsOutdated(in);
            case SENSITIVE_COLUMNS_EXPOSED -> TableLints.sensitiveColumnsExposed(in);
            case RLS_POLICY_ALWAYS_TRUE -> PolicyLints.rlsPolicyAlwaysTrue(in);
            case PUBLIC_BUCKET_ALLOWS_LISTING -> PolicyLints.publicBucketAllowsListing(in);
            case PG_GRAPHQL_ANON_TABLE_EXPOSED -> ApiLints.pgGraphqlAnonTableExposed(in);
            case PG_GRAPHQL_AUTHENTICATED_TABLE_EXPOSED -> ApiLints.pgGraphqlAuthenticatedTableExposed(in);
            case ANON_SECURITY_DEFINER_FUNCTION_EXECUTABLE -> FunctionLints.anonSecurityDefinerFunctionExecutable(in);
            case AUTHENTICATED_SECURITY_DEFINER_FUNCTION_EXECUTABLE -> FunctionLints.authenticatedSecurityDefinerFunctionExecutable(in);
            case AUTOVACUUM_DISABLED -> TableLints.autovacuumDisabled(in);
            case INVALID_INDEX -> IndexLints.invalidIndex(in);
        };
    }
}
