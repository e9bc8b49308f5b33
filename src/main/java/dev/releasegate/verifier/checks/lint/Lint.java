package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.UnknownWord;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.releasegate.verifier.checks.lint.LintCategory.PERFORMANCE;
import static dev.releasegate.verifier.checks.lint.LintCategory.SECURITY;
import static dev.releasegate.verifier.checks.lint.LintLevel.ERROR;
import static dev.releasegate.verifier.checks.lint.LintLevel.INFO;
import static dev.releasegate.verifier.checks.lint.LintLevel.WARN;

/**
 * Every lint of Supabase's database linter (splinter) that a database can answer, under splinter's name, level
 * and category, with what it needs from the database, why a finding matters and how to fix it. Two lints come
 * from splinter's pull requests: autovacuum_disabled (#184, merged) and invalid_index (#179).
 */
public enum Lint {
    UNINDEXED_FOREIGN_KEYS(INFO, PERFORMANCE, Set.of(),
            "without an index on its columns, joins on the key and every delete or key update of a referenced row scan the whole table",
            "CREATE INDEX ON %s"),
    AUTH_USERS_EXPOSED(ERROR, SECURITY, Set.of(Need.AUTH_USERS, Need.API_ROLE),
            "it lets anon or authenticated read rows of auth.users (emails, phone numbers, sign-in data) through the API",
            "REVOKE SELECT ON %s FROM anon, authenticated, or move it out of the exposed schemas"),
    AUTH_RLS_INITPLAN(WARN, PERFORMANCE, Set.of(),
            "the policy calls the function again for every row instead of once per statement, which slows reads at scale",
            "wrap each call in a sub-select, e.g. (select auth.uid()), in %s"),
    NO_PRIMARY_KEY(INFO, PERFORMANCE, Set.of(),
            "rows without a key are slow to find for updates and deletes, and logical replication cannot update or delete them",
            "ALTER TABLE %s ADD PRIMARY KEY (the columns that identify a row)"),
    UNUSED_INDEX(INFO, PERFORMANCE, Set.of(),
            "an index never scanned since the statistics were reset costs every write and its disk space for nothing",
            "DROP INDEX %s, unless a rare query or a constraint needs it"),
    MULTIPLE_PERMISSIVE_POLICIES(WARN, PERFORMANCE, Set.of(),
            "every permissive policy for the same role and action is evaluated for every row, so several cost more than one",
            "merge them into one policy (conditions joined with OR) on %s"),
    POLICY_EXISTS_RLS_DISABLED(ERROR, SECURITY, Set.of(),
            "policies are written but row level security is off, so they restrict nothing",
            "ALTER TABLE %s ENABLE ROW LEVEL SECURITY"),
    RLS_ENABLED_NO_POLICY(INFO, SECURITY, Set.of(),
            "row level security is on but no policy exists, so no API role can read or write a single row",
            "add policies for the roles that need access, or except it here if only security definer functions use %s"),
    DUPLICATE_INDEX(WARN, PERFORMANCE, Set.of(),
            "identical indexes double the cost of every write and take the disk space twice",
            "drop all but one of %s"),
    SECURITY_DEFINER_VIEW(ERROR, SECURITY, Set.of(Need.API_ROLE, Need.POSTGRES_15),
            "the view runs with its owner's rights, so API callers bypass the row level security of the tables it reads",
            "ALTER VIEW %s SET (security_invoker = true), or REVOKE SELECT on it FROM anon, authenticated"),
    FUNCTION_SEARCH_PATH_MUTABLE(WARN, SECURITY, Set.of(),
            "without a fixed search_path the function resolves names through the caller's search_path, so a caller can make it"
                    + " run objects of their own",
            "ALTER FUNCTION %s SET search_path = '' (and schema-qualify the names it uses)"),
    RLS_DISABLED_IN_PUBLIC(ERROR, SECURITY, Set.of(Need.API_ROLE),
            "row level security is off, so every row is open to the API",
            "ALTER TABLE %s ENABLE ROW LEVEL SECURITY, then add policies for the roles that need access"),
    EXTENSION_IN_PUBLIC(WARN, SECURITY, Set.of(),
            "its functions and types sit in public, where the API exposes them and where they can shadow names",
            "ALTER EXTENSION %s SET SCHEMA extensions (or drop it and create it again WITH SCHEMA extensions)"),
    RLS_REFERENCES_USER_METADATA(ERROR, SECURITY, Set.of(),
            "user_metadata is editable by the signed-in user, so a policy that trusts it can be satisfied by anyone",
            "decide on app_metadata (only the server writes it) or on a table users cannot write, in %s"),
    MATERIALIZED_VIEW_IN_API(WARN, SECURITY, Set.of(Need.API_ROLE),
            "a materialized view has no row level security, so every row is open to the API",
            "REVOKE SELECT ON %s FROM anon, authenticated, or move it out of the exposed schemas"),
    FOREIGN_TABLE_IN_API(WARN, SECURITY, Set.of(Need.API_ROLE),
            "a foreign table has no row level security, so every row is open to the API",
            "REVOKE SELECT ON %s FROM anon, authenticated, or move it out of the exposed schemas"),
    UNSUPPORTED_REG_TYPES(WARN, SECURITY, Set.of(),
            "a reg* column stores object ids that pg_upgrade cannot carry over, so the database cannot be upgraded in place",
            "ALTER TABLE %s TYPE text (the value then keeps the object's name)"),
    INSECURE_QUEUE_EXPOSED_IN_API(ERROR, SECURITY, Set.of(Need.PGMQ, Need.API_ROLE),
            "the queue is served through pgmq_public without row level security, so any API caller can read and change its messages",
            "ALTER TABLE %s ENABLE ROW LEVEL SECURITY and add policies, or revoke anon and authenticated access to it"),
    TABLE_BLOAT(INFO, PERFORMANCE, Set.of(),
            "most of the table's pages are dead space, which slows every scan and wastes disk",
            "VACUUM FULL %s (it locks the table) or pg_repack, then tune autovacuum"),
    FKEY_TO_AUTH_UNIQUE(ERROR, SECURITY, Set.of(Need.AUTH_SCHEMA),
            "a foreign key to a unique constraint of auth stops Supabase Auth from changing or dropping that constraint when it upgrades",
            "drop the foreign key %s, or make it reference auth.users (id)"),
    EXTENSION_VERSIONS_OUTDATED(WARN, SECURITY, Set.of(),
            "an extension older than the server's recommended version may carry vulnerabilities fixed since",
            "ALTER EXTENSION %s UPDATE"),
    SENSITIVE_COLUMNS_EXPOSED(ERROR, SECURITY, Set.of(Need.API_ROLE),
            "columns named like secrets or personal data are open to the API without row level security",
            "ALTER TABLE %s ENABLE ROW LEVEL SECURITY with policies, or revoke access to those columns"),
    RLS_POLICY_ALWAYS_TRUE(WARN, SECURITY, Set.of(),
            "a policy that is always true lets every API caller change (or delete) every row, which row level security was on to prevent",
            "write a condition that limits the rows, e.g. USING ((select auth.uid()) = user_id), in %s"),
    PUBLIC_BUCKET_ALLOWS_LISTING(WARN, SECURITY, Set.of(Need.STORAGE, Need.STORAGE_ROWS),
            "a broad SELECT policy on storage.objects lets any client list every file of a public bucket, which public URLs do not need",
            "drop or narrow the SELECT policies on storage.objects that cover bucket %s"),
    PG_GRAPHQL_ANON_TABLE_EXPOSED(WARN, SECURITY, Set.of(Need.PG_GRAPHQL, Need.ANON),
            "anon can select it, so its name, columns and relationships show in the GraphQL schema to anyone with the public key",
            "REVOKE SELECT ON %s FROM anon, if it need not be discoverable before sign-in"),
    PG_GRAPHQL_AUTHENTICATED_TABLE_EXPOSED(WARN, SECURITY, Set.of(Need.PG_GRAPHQL, Need.AUTHENTICATED),
            "authenticated can select it, so its name, columns and relationships show in the GraphQL schema to every signed-in user",
            "REVOKE SELECT ON %s FROM authenticated, if not every account may discover it"),
    ANON_SECURITY_DEFINER_FUNCTION_EXECUTABLE(WARN, SECURITY, Set.of(Need.ANON),
            "anyone holding the public anon key may call it through /rest/v1/rpc, and it runs with its owner's rights",
            "REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC, anon (then grant it to the roles that need it), or make it SECURITY INVOKER"),
    AUTHENTICATED_SECURITY_DEFINER_FUNCTION_EXECUTABLE(WARN, SECURITY, Set.of(Need.AUTHENTICATED),
            "any signed-in user may call it through /rest/v1/rpc, and it runs with its owner's rights",
            "REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC, authenticated, or make it SECURITY INVOKER; except it here if every"
                    + " signed-in user may call it"),
    AUTOVACUUM_DISABLED(INFO, PERFORMANCE, Set.of(),
            "without autovacuum dead rows pile up and statistics go stale, until the table bloats and plans go wrong",
            "ALTER TABLE %s RESET (autovacuum_enabled)"),
    INVALID_INDEX(WARN, PERFORMANCE, Set.of(),
            "an invalid index (left by a failed CREATE INDEX CONCURRENTLY) is never used by the planner, yet writes may still maintain it",
            "REINDEX INDEX CONCURRENTLY %s (or drop it and create it again)");

    /** What a lint needs from the database; without it the lint is skipped and the evidence says why. */
    public enum Need {
        API_ROLE("this database has no API role anon or authenticated (Supabase's)"),
        ANON("this database has no role anon"),
        AUTHENTICATED("this database has no role authenticated"),
        AUTH_USERS("this database has no table auth.users (Supabase Auth)"),
        AUTH_SCHEMA("this database has no schema auth (Supabase Auth)"),
        STORAGE("this database has no table storage.buckets (Supabase Storage)"),
        STORAGE_ROWS("row level security hides rows of storage.buckets from the role the verifier connects as: connect as a role"
                + " with BYPASSRLS (README: A role for the gate) to check the buckets"),
        PGMQ("this database has no pgmq schema (Supabase Queues)"),
        PG_GRAPHQL("this database has no pg_graphql extension"),
        POSTGRES_15("the server is older than PostgreSQL 15, which brought security_invoker views");

        private final String missing;

        Need(String missing) {
            this.missing = missing;
        }

        /** Why a lint that needs it was skipped. */
        public String missing() {
            return missing;
        }
    }

    /** Today's identifiers that are not splinter's names, kept working in checklists. */
    private static final Map<String, Lint> ALIASES = Map.of("anon_can_execute_definer_function", ANON_SECURITY_DEFINER_FUNCTION_EXECUTABLE);

    /** Lints the security sentence knew before splinter's categories applied, and that are performance lints now. */
    private static final Set<Lint> MOVED_FROM_SECURITY = Set.of(UNINDEXED_FOREIGN_KEYS);

    private final LintLevel level;
    private final LintCategory category;
    private final Set<Need> needs;
    private final String why;
    private final String fix;

    Lint(LintLevel level, LintCategory category, Set<Need> needs, String why, String fix) {
        this.level = level;
        this.category = category;
        this.needs = needs;
        this.why = why;
        this.fix = fix;
    }

    /** Splinter's name: {@code rls_disabled_in_public}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public LintLevel level() {
        return level;
    }

    public LintCategory category() {
        return category;
    }

    public Set<Need> needs() {
        return needs;
    }

    public String why() {
        return why;
    }

    /** How to fix it, for the object named (a table, a function signature, "table (columns)", ...). */
    public String fix(String subject) {
        return fix.formatted(subject);
    }

    /** Whether a checklist's {@code except:} under the security sentence may still name this lint, from before it moved. */
    public boolean movedFromSecurity() {
        return MOVED_FROM_SECURITY.contains(this);
    }

    public static List<Lint> of(LintCategory category) {
        return Arrays.stream(values()).filter(l -> l.category == category).toList();
    }

    /** A lint by splinter's name or one of the older identifiers; an unknown name lists every name accepted. */
    public static Lint fromId(String id) {
        String normalised = id.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(ALIASES.get(normalised))
                .or(() -> Arrays.stream(values()).filter(l -> l.id().equals(normalised)).findFirst())
                .orElseThrow(() -> new UnknownWord("finding", id.trim(), java.util.stream.Stream.concat(
                        Arrays.stream(values()).map(Lint::id), ALIASES.keySet().stream().sorted()).toList()));
    }

    /** True when the name is an older identifier, not splinter's. */
    public static boolean isAlias(String id) {
        return ALIASES.containsKey(id.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return id();
    }
}
