package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.lint.Finding;
import dev.releasegate.verifier.checks.lint.Lint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * For every lint, one instance planted on an otherwise clean Supabase-like database, and exactly that finding, on
 * exactly that object. Where splinter's conditions make one lint imply another, the test names both.
 */
class LintPlantsTest {

    /** A table in public as a careful migration leaves it: row level security on, one read policy. */
    private static String table(String name, String columns) {
        return "create table public." + name + " (" + columns + ");\n"
                + "alter table public." + name + " enable row level security;\n"
                + "create policy " + name + "_read on public." + name + " for select to authenticated using (true);\n";
    }

    private static final String ITEMS = table("items", "id int primary key, name text");

    static Stream<Arguments> plants() {
        return Stream.of(
                arguments(Lint.UNINDEXED_FOREIGN_KEYS, List.of(ITEMS, table("notes", "id int primary key, item_id int references public.items (id)")),
                        List.of("unindexed_foreign_keys on notes")),
                arguments(Lint.AUTH_USERS_EXPOSED, List.of("create view public.user_emails with (security_invoker = true) as select id, email from auth.users"),
                        List.of("auth_users_exposed on user_emails")),
                arguments(Lint.AUTH_RLS_INITPLAN, List.of(table("profiles", "id int primary key, owner uuid"),
                                "create policy profiles_own on public.profiles for update to authenticated using (auth.uid() = owner)"),
                        List.of("auth_rls_initplan on profiles")),
                arguments(Lint.NO_PRIMARY_KEY, List.of(table("events", "at timestamptz, kind text")), List.of("no_primary_key on events")),
                arguments(Lint.UNUSED_INDEX, List.of(ITEMS, "create index idx_items_name on public.items (name)"), List.of("unused_index on items")),
                arguments(Lint.MULTIPLE_PERMISSIVE_POLICIES, List.of(ITEMS,
                                "create policy items_read_too on public.items for select to authenticated using (id > 0)"),
                        List.of("multiple_permissive_policies on items")),
                arguments(Lint.POLICY_EXISTS_RLS_DISABLED, List.of(ITEMS, "alter table public.items disable row level security",
                        "revoke all on public.items from anon, authenticated"), List.of("policy_exists_rls_disabled on items")),
                arguments(Lint.RLS_ENABLED_NO_POLICY, List.of(ITEMS, "drop policy items_read on public.items"),
                        List.of("rls_enabled_no_policy on items")),
                arguments(Lint.DUPLICATE_INDEX, List.of(ITEMS, "create unique index items_name_a on public.items (name)",
                        "create unique index items_name_b on public.items (name)"), List.of("duplicate_index on items")),
                arguments(Lint.SECURITY_DEFINER_VIEW, List.of(ITEMS, "create view public.item_names as select name from public.items"),
                        List.of("security_definer_view on item_names")),
                arguments(Lint.FUNCTION_SEARCH_PATH_MUTABLE, List.of("create function public.add_one(i int) returns int language sql as 'select i + 1'"),
                        List.of("function_search_path_mutable on add_one(integer)")),
                arguments(Lint.RLS_DISABLED_IN_PUBLIC, List.of(ITEMS, "alter table public.items disable row level security",
                        "drop policy items_read on public.items"), List.of("rls_disabled_in_public on items")),
                arguments(Lint.EXTENSION_IN_PUBLIC, List.of("create extension pg_trgm with schema public"), List.of("extension_in_public on pg_trgm")),
                arguments(Lint.RLS_REFERENCES_USER_METADATA, List.of(ITEMS, "create policy items_admin on public.items for delete to authenticated"
                        + " using (((select auth.jwt()) -> 'user_metadata' ->> 'role') = 'admin')"), List.of("rls_references_user_metadata on items")),
                arguments(Lint.MATERIALIZED_VIEW_IN_API, List.of("create materialized view public.totals as select 1 as n"),
                        List.of("materialized_view_in_api on totals")),
                arguments(Lint.FOREIGN_TABLE_IN_API, List.of("create foreign data wrapper lint_fdw", "create server lint_server foreign data wrapper lint_fdw",
                        "create foreign table public.remote_items (id int) server lint_server"), List.of("foreign_table_in_api on remote_items")),
                arguments(Lint.UNSUPPORTED_REG_TYPES, List.of(table("hooks", "id int primary key, handler regproc")),
                        List.of("unsupported_reg_types on hooks")),
                arguments(Lint.INSECURE_QUEUE_EXPOSED_IN_API, List.of("create schema pgmq",
                        "create table pgmq.q_jobs (msg_id bigint primary key, message jsonb)", "grant usage on schema pgmq to anon",
                        "grant select on pgmq.q_jobs to anon", "alter role authenticator in database ${database} set pgrst.db_schemas = 'public, pgmq_public'"),
                        List.of("insecure_queue_exposed_in_api on pgmq.q_jobs")),
                arguments(Lint.FKEY_TO_AUTH_UNIQUE, List.of(table("logins", "id int primary key, provider_id text, provider text,"
                        + " foreign key (provider_id, provider) references auth.identities (provider_id, provider)"),
                        "create unique index on public.logins (provider_id, provider)"), List.of("fkey_to_auth_unique on logins")),
                arguments(Lint.EXTENSION_VERSIONS_OUTDATED, List.of("create extension pg_trgm with schema extensions version '1.5'"),
                        List.of("extension_versions_outdated on pg_trgm")),
                arguments(Lint.SENSITIVE_COLUMNS_EXPOSED, List.of("create table public.accounts (id int primary key, password text)"),
                        List.of("sensitive_columns_exposed on accounts", "rls_disabled_in_public on accounts")),
                arguments(Lint.RLS_POLICY_ALWAYS_TRUE, List.of(ITEMS, "create policy items_edit on public.items for update to authenticated using (true)"),
                        List.of("rls_policy_always_true on items")),
                arguments(Lint.PUBLIC_BUCKET_ALLOWS_LISTING, List.of("insert into storage.buckets (id, name, public) values ('avatars', 'avatars', true)",
                        "create policy avatars_read on storage.objects for select to public using (bucket_id = 'avatars')"),
                        List.of("public_bucket_allows_listing on avatars")),
                arguments(Lint.ANON_SECURITY_DEFINER_FUNCTION_EXECUTABLE, List.of("create function public.purge() returns void language sql"
                        + " security definer set search_path = '' as 'select'", "revoke execute on function public.purge() from public, authenticated"),
                        List.of("anon_security_definer_function_executable on purge()")),
                arguments(Lint.AUTHENTICATED_SECURITY_DEFINER_FUNCTION_EXECUTABLE, List.of("create function public.purge() returns void language sql"
                        + " security definer set search_path = '' as 'select'", "revoke execute on function public.purge() from public, anon"),
                        List.of("authenticated_security_definer_function_executable on purge()")),
                arguments(Lint.AUTOVACUUM_DISABLED, List.of(ITEMS, "alter table public.items set (autovacuum_enabled = false)"),
                        List.of("autovacuum_disabled on items")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void oneInstanceIsExactlyOneFinding(Lint lint, List<String> sql, List<String> expected) {
        List<Finding> findings = LintDatabases.findings(LintDatabases.plant(lint.id(), sql));
        assertThat(LintDatabases.named(findings)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theBaseAloneHasNoFinding() {
        assertThat(LintDatabases.named(LintDatabases.findings(LintDatabases.plant("clean", List.of())))).isEmpty();
    }

    @Test
    void invalidIndex() {
        String url = LintDatabases.plant("invalid_index", List.of(ITEMS, "insert into public.items values (1, 'a'), (2, 'a')"));
        assertThatThrownBy(() -> GeneratedMigrations.execute(url, List.of("create unique index concurrently idx_items_name on public.items (name)")))
                .hasMessageContaining("could not create unique index");
        assertThat(LintDatabases.named(LintDatabases.findings(url))).containsExactly("invalid_index on items");
    }

    @Test
    void graphqlExposureForAnonAndForAuthenticated() {
        String anon = LintDatabases.plant("graphql_anon", List.of(ITEMS, "revoke all on public.items from authenticated"));
        LintDatabases.installGraphqlStandIn(anon);
        assertThat(LintDatabases.named(LintDatabases.findings(anon))).containsExactly("pg_graphql_anon_table_exposed on items");
        String signedIn = LintDatabases.plant("graphql_authenticated", List.of(ITEMS, "revoke all on public.items from anon"));
        LintDatabases.installGraphqlStandIn(signedIn);
        assertThat(LintDatabases.named(LintDatabases.findings(signedIn))).containsExactly("pg_graphql_authenticated_table_exposed on items");
    }

    /** 27 MB of rows, all but the last few deleted: the file keeps its pages, the statistics see ten rows. */
    @Test
    void tableBloat() {
        String url = LintDatabases.plant("table_bloat", List.of(table("logs", "id int primary key, line text"),
                "insert into public.logs select g, repeat('x', 200) from generate_series(1, 120000) g",
                "delete from public.logs where id <= 119990", "analyze public.logs"));
        assertThat(LintDatabases.named(LintDatabases.findings(url))).containsExactly("table_bloat on logs");
    }

    /**
     * The shipped least-privilege role reads every catalog part the lints need and finds the same as a superuser; only
     * the storage buckets, which row level security hides from it without BYPASSRLS, are skipped, saying so.
     */
    @Test
    void theLeastPrivilegeRoleFindsTheSame() {
        String url = LintDatabases.plant("least_privilege", List.of(ITEMS, "alter table public.items disable row level security",
                "create function public.add_one(i int) returns int language sql as 'select i + 1'",
                "insert into storage.buckets (id, name, public) values ('avatars', 'avatars', true)",
                "create policy avatars_read on storage.objects for select to public using (bucket_id = 'avatars')"));
        VerifierRun.current().embedded().applyScripts(url.replaceAll(".*/([^/?]+)\\?.*", "$1"), List.of("sql/verifier-role.sql"));
        String asRole = url.replace("user=postgres", "user=migration_verifier");
        List<String> asSuperuser = LintDatabases.named(LintDatabases.findings(url));
        assertThat(asSuperuser).containsExactlyInAnyOrder("rls_disabled_in_public on items", "function_search_path_mutable on add_one(integer)",
                "public_bucket_allows_listing on avatars", "policy_exists_rls_disabled on items");
        assertThat(LintDatabases.named(LintDatabases.findings(asRole))).containsExactlyElementsOf(asSuperuser.stream()
                .filter(f -> !f.startsWith("public_bucket_allows_listing")).toList());
        assertThat(LintDatabases.runs(asRole, java.util.Optional.empty()).get(0).skipped().get(Lint.PUBLIC_BUCKET_ALLOWS_LISTING))
                .startsWith("row level security hides rows of storage.buckets from the role the verifier connects as");
    }

    @Test
    void everyLintHasAPlantedInstance() {
        Set<Lint> planted = plants().map(a -> (Lint) a.get()[0]).collect(Collectors.toSet());
        planted.addAll(List.of(Lint.INVALID_INDEX, Lint.PG_GRAPHQL_ANON_TABLE_EXPOSED, Lint.PG_GRAPHQL_AUTHENTICATED_TABLE_EXPOSED, Lint.TABLE_BLOAT));
        assertThat(planted).containsExactlyInAnyOrder(Lint.values());
    }
}
