package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.ExtensionVersions;
import dev.releasegate.verifier.catalog.LintForeignKey;
import dev.releasegate.verifier.catalog.LintIndex;
import dev.releasegate.verifier.catalog.LintRelation;
import dev.releasegate.verifier.catalog.LintRole;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.StorageBucket;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.releasegate.verifier.checks.lint.LintFixture.function;
import static dev.releasegate.verifier.checks.lint.LintFixture.index;
import static dev.releasegate.verifier.checks.lint.LintFixture.policy;
import static dev.releasegate.verifier.checks.lint.LintFixture.relation;
import static dev.releasegate.verifier.checks.lint.LintFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Each lint's conditions, the edges splinter draws included, on hand-built catalog facts. */
class LinterTest {

    private static final QualifiedName ITEMS = new QualifiedName("public", "items");

    @Test
    void aCleanDatabaseHasNoFinding() {
        assertThat(new LintFixture().found()).isEmpty();
    }

    @Test
    void aForeignKeyIsCoveredOnlyByAValidIndexLeadingWithItsColumnsInItsOrder() {
        LintFixture db = new LintFixture();
        db.foreignKeys.add(new LintForeignKey(ITEMS, false, "items_ab_fkey", List.of(2, 3), List.of("a", "b"),
                new QualifiedName("public", "other"), Optional.of(true), Optional.of(true)));
        db.indexes.add(index("public", "items", "idx_ba", false, false, List.of(3, 2)));
        assertThat(db.found()).contains("unindexed_foreign_keys on items: foreign key items_ab_fkey (a, b) -> other");
        db.indexes.add(new LintIndex(ITEMS, 'r', false, "idx_ab_invalid", 'i', false, true, false, false, List.of(2, 3, 4), Optional.of(1L), "x"));
        assertThat(db.found()).anyMatch(f -> f.startsWith("unindexed_foreign_keys"));
        db.indexes.add(index("public", "items", "idx_abc", false, false, List.of(2, 3, 4)));
        assertThat(db.found()).noneMatch(f -> f.startsWith("unindexed_foreign_keys"));
    }

    @Test
    void platformSchemasAndExtensionTablesAreLeftOut() {
        LintFixture db = new LintFixture();
        db.relations.add(table("storage", "objects", true, Optional.of(true)));
        db.relations.add(new LintRelation(new QualifiedName("public", "spatial_ref_sys"), 'r', false, true, List.of(), Optional.of(true),
                Optional.of(true), Optional.of(true), Optional.of(true), false, true, LintFixture.SMALL));
        // splinter leaves rls_disabled_in_public without the extension filter: a table an extension owns in public is still open
        assertThat(db.found()).containsExactly("rls_disabled_in_public on spatial_ref_sys: anon and authenticated may select from it");
    }

    @Test
    void rowSecurityLintsNeedTheGrantAndTheExposedSchema() {
        LintFixture db = new LintFixture();
        db.relations.add(table("public", "secrets", false, Optional.of(false)));
        db.indexes.add(index("public", "secrets", "secrets_pkey", true, true, List.of(1)));
        assertThat(db.found()).isEmpty();
        db.relations.add(table("api", "orders", false, Optional.of(true)));
        db.indexes.add(index("api", "orders", "orders_pkey", true, true, List.of(1)));
        assertThat(db.found()).isEmpty();
        assertThat(db.found("public", "api")).containsExactly("rls_disabled_in_public on api.orders: anon and authenticated may select from it");
    }

    @Test
    void sensitiveColumnsMatchTheLowerCasedNameWithDashesAsUnderscores() {
        LintFixture db = new LintFixture();
        db.relations.add(table("public", "accounts", false, Optional.of(true)));
        db.indexes.add(index("public", "accounts", "accounts_pkey", true, true, List.of(1)));
        QualifiedName accounts = new QualifiedName("public", "accounts");
        db.columns.addAll(List.of(new Column(accounts, "Password", 1, "text", false, null), new Column(accounts, "API-Key", 2, "text", false, null),
                new Column(accounts, "password_hint", 3, "text", false, null)));
        assertThat(db.found()).contains("sensitive_columns_exposed on accounts: columns API-Key, Password (anon and authenticated may select"
                + " from it, row level security is off)");
    }

    @Test
    void securityDefinerViewsCountFromPostgres15AndNotWhenRunAsTheCaller() {
        LintFixture db = new LintFixture();
        db.relations.add(relation("public", "v_items", 'v', false, Optional.of(true), List.of()));
        db.relations.add(relation("public", "v_invoker", 'v', false, Optional.of(true), List.of("security_invoker=on")));
        db.relations.add(relation("public", "v_invoker_t", 'v', false, Optional.of(true), List.of("Security_Invoker=T")));
        assertThat(db.found()).containsExactly("security_definer_view on v_items: anon and authenticated may select from it");
        db.serverMajorVersion = 14;
        assertThat(db.found()).isEmpty();
        assertThat(db.run(LintCategory.SECURITY).skipped()).containsEntry(Lint.SECURITY_DEFINER_VIEW,
                "the server is older than PostgreSQL 15, which brought security_invoker views");
    }

    @Test
    void withoutTheApiRolesTheirLintsAreSkippedNotPassed() {
        LintFixture db = new LintFixture();
        db.roles.removeIf(r -> r.name().equals("anon") || r.name().equals("authenticated"));
        LintRun run = db.run(LintCategory.SECURITY);
        assertThat(run.skipped()).containsEntry(Lint.RLS_DISABLED_IN_PUBLIC, "this database has no API role anon or authenticated (Supabase's)")
                .containsEntry(Lint.ANON_SECURITY_DEFINER_FUNCTION_EXECUTABLE, "this database has no role anon")
                .containsEntry(Lint.PG_GRAPHQL_ANON_TABLE_EXPOSED, "this database has no role anon")
                .doesNotContainKeys(Lint.FUNCTION_SEARCH_PATH_MUTABLE, Lint.RLS_ENABLED_NO_POLICY, Lint.EXTENSION_IN_PUBLIC);
        db.buckets = Optional.empty();
        assertThat(db.run(LintCategory.SECURITY).skipped()).containsEntry(Lint.PUBLIC_BUCKET_ALLOWS_LISTING,
                "row level security hides rows of storage.buckets from the role the verifier connects as: connect as a role with"
                        + " BYPASSRLS (README: A role for the gate) to check the buckets");
        db.relations.removeIf(r -> r.name().schema().equals("storage"));
        assertThat(db.run(LintCategory.SECURITY).skipped()).containsEntry(Lint.PUBLIC_BUCKET_ALLOWS_LISTING,
                "this database has no table storage.buckets (Supabase Storage)");
        assertThat(db.run(LintCategory.PERFORMANCE).skipped()).isEmpty();
    }

    @Test
    void everyFunctionNeedsASearchPathAndDefinerFunctionsMayNotBeCalledByTheApiRoles() {
        LintFixture db = new LintFixture();
        db.functions.add(function("touch", false, List.of(), true, true));
        db.functions.add(function("fixed", true, List.of("search_path=\"\""), false, true));
        db.functions.add(function("open", true, List.of("search_path=public"), true, false));
        assertThat(db.found()).containsExactly("function_search_path_mutable on touch(uuid): no search_path is set on it",
                "anon_security_definer_function_executable on open(uuid): security definer, executable by anon",
                "authenticated_security_definer_function_executable on fixed(uuid): security definer, executable by authenticated");
    }

    @Test
    void perRowCallsInPoliciesUnlessWrappedInASelect() {
        LintFixture db = new LintFixture();
        db.policies.add(policy("items", "own", PolicyCommand.UPDATE, List.of("authenticated"), "(auth.uid() = owner)",
                "(( SELECT auth.uid() AS uid) = owner)"));
        db.policies.add(policy("items", "wrapped", PolicyCommand.DELETE, List.of("authenticated"), "(( SELECT auth.uid() AS uid) = owner)", null));
        db.policies.add(policy("items", "claims", PolicyCommand.INSERT, List.of("authenticated"), null,
                "((current_setting('request.jwt.claims'::text, true))::json ->> 'role') = 'x'"));
        assertThat(db.found()).containsExactly("auth_rls_initplan on items: policy claims calls current_setting() for each row",
                "auth_rls_initplan on items: policy own calls auth.uid() for each row");
    }

    @Test
    void multiplePermissivePoliciesPerRoleAndActionIgnoringRolesThatBypassRowSecurity() {
        LintFixture db = new LintFixture();
        db.roles.add(new LintRole("pgbouncer", false, Optional.empty()));
        db.roles.add(new LintRole("supabase_storage_admin", false, Optional.empty()));
        db.policies.add(policy("items", "everyone_all", PolicyCommand.ALL, List.of("public"), "(id > 0)", "(id > 0)"));
        assertThat(db.found()).containsExactly("multiple_permissive_policies on items: role authenticated, SELECT: policies everyone_all, items_read");
    }

    @Test
    void alwaysTruePoliciesForWritesButNotForReads() {
        LintFixture db = new LintFixture();
        db.policies.add(policy("items", "insert_any", PolicyCommand.INSERT, List.of("anon"), null, null));
        db.policies.add(policy("items", "update_any", PolicyCommand.UPDATE, List.of("authenticated"), "true", null));
        db.policies.add(policy("items", "delete_one", PolicyCommand.DELETE, List.of("authenticated"), "(1 = 1)", null));
        db.policies.add(policy("items", "service", PolicyCommand.DELETE, List.of("service_role"), "true", null));
        assertThat(db.found()).containsExactly(
                "rls_policy_always_true on items: policy delete_one for DELETE to authenticated: USING is always true",
                "rls_policy_always_true on items: policy insert_any for INSERT to anon: WITH CHECK is always true",
                "rls_policy_always_true on items: policy update_any for UPDATE to authenticated: USING and WITH CHECK are always true");
    }

    @Test
    void policiesTrustingUserMetadata() {
        LintFixture db = new LintFixture();
        db.policies.add(policy("items", "admins", PolicyCommand.DELETE, List.of("authenticated"),
                "(((( SELECT auth.jwt() AS jwt) -> 'user_metadata'::text) ->> 'role'::text) = 'admin'::text)", null));
        db.policies.add(policy("items", "app", PolicyCommand.UPDATE, List.of("authenticated"),
                "(((( SELECT auth.jwt() AS jwt) -> 'app_metadata'::text) ->> 'role'::text) = 'admin'::text)", null));
        assertThat(db.found()).containsExactly("rls_references_user_metadata on items: policy admins reads user_metadata");
    }

    @Test
    void aPublicBucketIsListableByAnOpenOrOneBucketSelectPolicy() {
        LintFixture db = new LintFixture();
        db.buckets = Optional.of(List.of(new StorageBucket("avatars", "Avatars", true, Optional.empty(), Optional.empty()),
                new StorageBucket("o'brien", "O'Brien", true, Optional.empty(), Optional.empty()),
                new StorageBucket("private", "private", false, Optional.empty(), Optional.empty())));
        db.policies.add(new dev.releasegate.verifier.catalog.Policy(new QualifiedName("storage", "objects"), "avatars_read", PolicyCommand.SELECT,
                List.of("public"), true, "(bucket_id = 'avatars'::text)", null));
        db.policies.add(new dev.releasegate.verifier.catalog.Policy(new QualifiedName("storage", "objects"), "obrien_own", PolicyCommand.SELECT,
                List.of("authenticated"), true, "((bucket_id = 'o''brien'::text) AND (owner = auth.uid()))", null));
        db.policies.add(new dev.releasegate.verifier.catalog.Policy(new QualifiedName("storage", "objects"), "private_all", PolicyCommand.ALL,
                List.of("anon"), true, null, null));
        assertThat(db.found()).containsExactly("public_bucket_allows_listing on Avatars: policies avatars_read, private_all on storage.objects",
                "public_bucket_allows_listing on O'Brien: policy private_all on storage.objects");
    }

    @Test
    void indexesUnusedDuplicatedOrInvalid() {
        LintFixture db = new LintFixture();
        db.indexes.add(new LintIndex(ITEMS, 'r', false, "idx_a", 'i', true, true, false, false, List.of(2), Optional.of(0L),
                "btree (a)"));
        db.indexes.add(new LintIndex(ITEMS, 'r', false, "idx_a2", 'i', true, true, false, false, List.of(2), Optional.of(5L),
                "btree (a)"));
        db.indexes.add(new LintIndex(ITEMS, 'r', false, "idx_b", 'i', false, true, true, false, List.of(3), Optional.of(0L),
                "btree unique (b)"));
        db.indexes.add(new LintIndex(ITEMS, 'r', false, "idx_c_dropping", 'i', false, false, false, false, List.of(4), Optional.empty(), "x"));
        assertThat(db.found()).containsExactly("unused_index on items: index idx_a has never been scanned",
                "duplicate_index on items: identical indexes idx_a, idx_a2", "invalid_index on items: index idx_b is invalid");
    }

    @Test
    void extensionsInPublicOrBehindTheirDefaultVersion() {
        LintFixture db = new LintFixture();
        db.extensions.add(new ExtensionVersions("pg_trgm", "public", "1.5", Optional.of("1.6"), true));
        db.extensions.add(new ExtensionVersions("postgis", "extensions", "3.0", Optional.of("3.3"), false));
        assertThat(db.found()).containsExactly("extension_in_public on pg_trgm: installed in schema public",
                "extension_versions_outdated on pg_trgm: version 1.5 is installed, 1.6 is available");
    }

    @Test
    void autovacuumOffInAnyOfPostgresSpellings() {
        LintFixture db = new LintFixture();
        db.relations.add(relation("public", "a", 'r', true, Optional.of(false), List.of("autovacuum_enabled=off")));
        db.relations.add(relation("public", "b", 'r', true, Optional.of(false), List.of("autovacuum_enabled=f")));
        db.relations.add(relation("public", "c", 'r', true, Optional.of(false), List.of("autovacuum_enabled=true", "fillfactor=70")));
        assertThat(db.found()).filteredOn(f -> f.startsWith("autovacuum_disabled")).containsExactly(
                "autovacuum_disabled on a: autovacuum_enabled is off", "autovacuum_disabled on b: autovacuum_enabled is off");
    }

    @Test
    void bloatIsSplintersEstimate() {
        // 3,500 pages of 8 kB for ten rows of about 210 bytes: one page would do
        LintRelation.Size size = new LintRelation.Size(3500, 10, 8192, true, Optional.of(208.0), 0, 0);
        TableLints.Bloat bloat = TableLints.Bloat.of(size).orElseThrow();
        assertThat(bloat.neededPages()).isEqualTo(1);
        assertThat(bloat.ratio()).isEqualTo(3500.0);
        assertThat(bloat.wastedBytes()).isEqualTo(8192L * 3499);
        LintRelation.Size healthy = new LintRelation.Size(3500, 100_000, 8192, true, Optional.of(208.0), 0.5, 3);
        assertThat(TableLints.Bloat.of(healthy).orElseThrow().ratio()).isLessThan(2.0);
    }
}
