package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.View;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityFindingsTest {

    private static final QualifiedName USERS = new QualifiedName("public", "users");
    private static final QualifiedName POSTS = new QualifiedName("public", "posts");
    private static final QualifiedName AUTH_USERS = new QualifiedName("auth", "users");

    /** A clean database: every finding is off until a test plants one. */
    private static final class Db {
        List<Relation> relations = new ArrayList<>(List.of(table(USERS, true), table(POSTS, true),
                new Relation(AUTH_USERS, Relation.Kind.TABLE, false, false, "postgres")));
        List<Policy> policies = new ArrayList<>(List.of(policy(USERS), policy(POSTS)));
        List<Function> functions = new ArrayList<>(List.of(function(7, "purge", List.of("search_path=public"))));
        List<View> views = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>(List.of(new ForeignKey("posts_author_fkey", POSTS, List.of("author_id"), USERS,
                List.of("id"), ForeignKeyRule.RESTRICT, ForeignKeyRule.NO_ACTION)));
        List<Index> indexes = new ArrayList<>(List.of(new Index(POSTS, "idx_posts_author", List.of("author_id", "id"), false,
                false, null, "CREATE INDEX ...")));
        Set<Long> anon = new HashSet<>();
        Set<String> exposed = Set.of("public");

        List<SecurityFinding> findings() {
            return SecurityFindings.find(new SecurityFindings.Inputs(relations, policies, functions, views, fks, indexes, anon), exposed, "public");
        }

        Verdict verdict(FindingExemption... except) {
            return SecurityFindings.verdict(findings(), List.of(except), exposed, "production");
        }

        List<String> lines(FindingExemption... except) {
            return verdict(except).mismatches().stream().map(Mismatch::describe).toList();
        }
    }

    private static Relation table(QualifiedName name, boolean rls) {
        return new Relation(name, Relation.Kind.TABLE, rls, false, "postgres");
    }

    private static Policy policy(QualifiedName table) {
        return new Policy(table, table.name() + "_select", PolicyCommand.SELECT, List.of("authenticated"), true, "true", null);
    }

    private static Function function(long oid, String name, List<String> settings) {
        return new Function(oid, new QualifiedName("public", name), List.of("uuid"), "p uuid", "void", "plpgsql", true, settings, "", "f");
    }

    private static FindingExemption except(String finding, String object) {
        return new FindingExemption(SecurityRule.fromId(finding), object, "public");
    }

    @Test
    void aCleanDatabasePasses() {
        assertThat(new Db().verdict().passed()).isTrue();
    }

    @Test
    void rlsDisabledInPublic() {
        Db db = new Db();
        db.relations.set(1, table(POSTS, false));
        db.policies.remove(1);
        assertThat(db.lines()).containsExactly("rls_disabled_in_public on posts: row level security is off on a table the API exposes,"
                + " so anon and authenticated can read and change every row. Fix: ALTER TABLE posts ENABLE ROW LEVEL SECURITY,"
                + " then add policies for the roles that need access");
    }

    @Test
    void tablesOutsideTheExposedSchemasAreNotFindings() {
        Db db = new Db();
        assertThat(db.findings()).noneMatch(f -> f.name().equals(AUTH_USERS));
        db.exposed = Set.of("public", "auth");
        assertThat(db.lines()).containsExactly("rls_disabled_in_public on auth.users: row level security is off on a table the API"
                + " exposes, so anon and authenticated can read and change every row. Fix: ALTER TABLE auth.users ENABLE ROW LEVEL"
                + " SECURITY, then add policies for the roles that need access");
    }

    @Test
    void rlsEnabledNoPolicy() {
        Db db = new Db();
        db.policies.remove(1);
        assertThat(db.lines()).containsExactly("rls_enabled_no_policy on posts: row level security is on but no policy exists, so no API"
                + " role can read or write a single row. Fix: add policies for the roles that need access, or except it here if only"
                + " security definer functions use posts");
    }

    @Test
    void policyExistsRlsDisabled() {
        Db db = new Db();
        db.relations.set(1, table(POSTS, false));
        assertThat(db.lines()).contains("policy_exists_rls_disabled on posts: policies are written but row level security is off,"
                + " so they do nothing and every row is open. Fix: ALTER TABLE posts ENABLE ROW LEVEL SECURITY");
    }

    @Test
    void functionSearchPathMutable() {
        Db db = new Db();
        db.functions.set(0, function(7, "purge", List.of()));
        assertThat(db.lines()).containsExactly("function_search_path_mutable on purge(uuid): a security definer function without a fixed"
                + " search_path resolves names through the caller's search_path, so a caller can make it run their own objects with"
                + " the owner's rights. Fix: ALTER FUNCTION purge(uuid) SET search_path = '' (and qualify the names it uses), or a"
                + " fixed list of trusted schemas");
    }

    @Test
    void securityDefinerView() {
        Db db = new Db();
        db.views.add(new View(new QualifiedName("public", "post_stats"), false, "SELECT 1", true, List.of(POSTS), List.of("anon")));
        assertThat(db.verdict().passed()).isTrue();
        db.views.set(0, new View(new QualifiedName("public", "post_stats"), false, "SELECT 1", false, List.of(POSTS), List.of("anon")));
        assertThat(db.lines()).containsExactly("security_definer_view on post_stats: the view runs with its owner's rights, so it"
                + " bypasses the row level security of the tables it reads. Fix: ALTER VIEW post_stats SET (security_invoker = true)"
                + " (PostgreSQL 15+), or revoke SELECT on it from anon and authenticated");
    }

    @Test
    void authUsersExposed() {
        Db db = new Db();
        db.views.add(new View(new QualifiedName("public", "user_emails"), false, "SELECT email FROM auth.users", true,
                List.of(AUTH_USERS), List.of()));
        assertThat(db.verdict().passed()).as("not selectable by anon or authenticated").isTrue();
        db.views.set(0, new View(new QualifiedName("public", "user_emails"), false, "SELECT email FROM auth.users", true,
                List.of(AUTH_USERS), List.of("authenticated")));
        assertThat(db.lines()).containsExactly("auth_users_exposed on user_emails: it reveals rows of auth.users (emails, sign-in"
                + " data, metadata) to API callers. Fix: REVOKE SELECT ON user_emails FROM anon, authenticated, or move it to a"
                + " schema the API does not expose");
    }

    @Test
    void anonCanExecuteDefinerFunction() {
        Db db = new Db();
        db.anon.add(7L);
        assertThat(db.lines()).containsExactly("anon_can_execute_definer_function on purge(uuid): anyone holding the public anon key"
                + " may call a function that runs with its owner's rights. Fix: REVOKE EXECUTE ON FUNCTION purge(uuid) FROM PUBLIC,"
                + " anon, then GRANT EXECUTE to the roles that need it");
    }

    @Test
    void unindexedForeignKeysNameTheTableThatHoldsTheKey() {
        Db db = new Db();
        db.indexes.set(0, new Index(POSTS, "idx_posts_id_author", List.of("id", "author_id"), false, false, null, "CREATE INDEX ..."));
        assertThat(db.lines()).containsExactly("unindexed_foreign_keys on posts: foreign key (author_id) -> users: without an index on"
                + " its columns, every delete or key update of a referenced row scans this table. Fix: CREATE INDEX ON posts (author_id)");
    }

    @Test
    void anExceptRowSilencesOneFindingOnOneObject() {
        Db db = new Db();
        db.policies.remove(1);
        db.anon.add(7L);
        assertThat(db.verdict(except("rls_enabled_no_policy", "posts"), except("anon_can_execute_definer_function", "purge(uuid)"))
                .passed()).isTrue();
        assertThat(db.verdict(except("rls_enabled_no_policy", "public.posts"), except("anon_can_execute_definer_function", "purge"))
                .passed()).isTrue();
        assertThat(db.lines(except("rls_enabled_no_policy", "users"), except("anon_can_execute_definer_function", "purge(uuid)")))
                .containsExactly("rls_enabled_no_policy on posts: row level security is on but no policy exists, so no API role can"
                                + " read or write a single row. Fix: add policies for the roles that need access, or except it here"
                                + " if only security definer functions use posts",
                        "except rls_enabled_no_policy on users: silences nothing: production has no such finding; remove the row,"
                                + " a stale exception would hide the next regression");
    }

    @Test
    void anUnknownFindingListsTheEight() {
        assertThatThrownBy(() -> SecurityRule.fromId("rls_off")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("unknown security finding 'rls_off': use one of rls_disabled_in_public, rls_enabled_no_policy,"
                        + " policy_exists_rls_disabled, function_search_path_mutable, security_definer_view, auth_users_exposed,"
                        + " anon_can_execute_definer_function, unindexed_foreign_keys");
    }
}
