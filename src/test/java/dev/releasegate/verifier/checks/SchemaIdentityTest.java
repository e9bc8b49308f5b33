package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.DefaultPrivileges;
import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionGrantees;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.View;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaIdentityTest {

    private static final QualifiedName USERS = new QualifiedName("public", "users");
    private static final QualifiedName POSTS = new QualifiedName("public", "posts");

    private static Relation table(QualifiedName name, boolean rls) {
        return new Relation(name, Relation.Kind.TABLE, rls, false, "postgres");
    }

    private static Column column(QualifiedName table, String name, int position, String type, boolean notNull, String def) {
        return new Column(table, name, position, type, notNull, def);
    }

    private static ForeignKey fk(String name, ForeignKeyRule onDelete) {
        return new ForeignKey(name, POSTS, List.of("author_id"), USERS, List.of("id"), onDelete, ForeignKeyRule.NO_ACTION);
    }

    private static Index index(String name, String columns) {
        return new Index(POSTS, name, List.of(columns), false, false, null,
                "CREATE INDEX " + name + " ON public.posts USING btree (" + columns + ")");
    }

    private static Policy policy(String roles, String using) {
        return new Policy(USERS, "users_select_own", PolicyCommand.SELECT, List.of(roles), true, using, null);
    }

    private static Function function(boolean definer, List<String> settings, String body) {
        return new Function(1, new QualifiedName("public", "purge"), List.of("uuid"), "p uuid", "void", "plpgsql", definer, settings,
                "CREATE OR REPLACE FUNCTION public.purge(p uuid)\n RETURNS void\n LANGUAGE plpgsql\n"
                        + (definer ? " SECURITY DEFINER\n" : "") + "AS $function$" + body + "$function$\n", "f");
    }

    private static FunctionGrantees grantees(String... roles) {
        return new FunctionGrantees(1, new QualifiedName("public", "purge"), List.of("uuid"), List.of(roles));
    }

    private static View view(String definition, boolean invoker) {
        return new View(new QualifiedName("public", "active_users"), false, definition, invoker, List.of(USERS), List.of());
    }

    /** Two snapshots built by the same kinds the steps use. */
    private static final class Side {
        List<Relation> relations = new ArrayList<>(List.of(table(USERS, true), table(POSTS, true),
                new Relation(new QualifiedName("public", "active_users"), Relation.Kind.VIEW, false, false, "postgres")));
        List<Column> columns = new ArrayList<>(List.of(column(USERS, "id", 1, "uuid", true, "gen_random_uuid()"),
                column(USERS, "email", 2, "text", true, null), column(POSTS, "id", 1, "uuid", true, null),
                column(POSTS, "author_id", 2, "uuid", false, null)));
        List<ForeignKey> fks = new ArrayList<>(List.of(fk("posts_author_id_fkey", ForeignKeyRule.RESTRICT)));
        List<Index> indexes = new ArrayList<>(List.of(index("idx_posts_author", "author_id")));
        List<Policy> policies = new ArrayList<>(List.of(policy("authenticated", "(auth.uid() = id)")));
        List<Function> functions = new ArrayList<>(List.of(function(true, List.of("search_path=public"), "\nBEGIN\n  DELETE FROM posts;\nEND\n")));
        List<FunctionGrantees> grants = new ArrayList<>(List.of(grantees("authenticated", "postgres")));
        List<View> views = new ArrayList<>(List.of(view("SELECT users.id FROM users;", true)));
        List<DefaultPrivileges> defaults = new ArrayList<>(List.of(new DefaultPrivileges("postgres", "public", "functions",
                List.of("anon EXECUTE", "authenticated EXECUTE"))));

        List<SchemaObject> objects() {
            List<SchemaObject> out = new ArrayList<>();
            out.addAll(SchemaKinds.RELATIONS.describe(relations));
            out.addAll(SchemaKinds.COLUMNS.describe(columns));
            out.addAll(SchemaKinds.FOREIGN_KEYS.describe(fks));
            out.addAll(SchemaKinds.INDEXES.describe(indexes));
            out.addAll(SchemaKinds.POLICIES.describe(policies));
            out.addAll(SchemaKinds.FUNCTIONS.describe(functions));
            out.addAll(SchemaKinds.FUNCTION_PRIVILEGES.describe(grants));
            out.addAll(SchemaKinds.VIEWS.describe(views));
            out.addAll(SchemaKinds.DEFAULT_PRIVILEGES.describe(defaults));
            return out;
        }
    }

    private static Verdict compare(Side staging, Side production, SchemaIgnore... ignoring) {
        return SchemaIdentity.compare("public", "staging", staging.objects(), "production", production.objects(), List.of(ignoring));
    }

    private static List<String> lines(Verdict verdict) {
        return verdict.mismatches().stream().map(Mismatch::describe).toList();
    }

    @Test
    void identicalSchemasPass() {
        Verdict verdict = compare(new Side(), new Side());
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.table().render()).contains("| ok | column ", "4 objects compared");
    }

    @Test
    void anEmptySchemaIsNotAVacuousPass() {
        Verdict verdict = SchemaIdentity.compare("audit", "staging", new Side().objects(), "production", new Side().objects(), List.of());
        assertThat(lines(verdict)).containsExactly("schema audit: holds nothing to compare in staging or production");
    }

    @Test
    void aMissingTableIsOneLineNotOnePerColumn() {
        Side production = new Side();
        production.relations.removeIf(r -> r.name().equals(POSTS));
        production.columns.removeIf(c -> c.table().equals(POSTS));
        production.fks.clear();
        production.indexes.clear();
        assertThat(lines(compare(new Side(), production))).containsExactly("table posts: in staging, not in production");
    }

    @Test
    void rowLevelSecurityFlagDiffers() {
        Side production = new Side();
        production.relations.set(0, table(USERS, false));
        assertThat(lines(compare(new Side(), production)))
                .containsExactly("table users: row level security differs: staging has enabled, production has disabled");
    }

    @Test
    void forcedRowLevelSecurityDiffers() {
        Side production = new Side();
        production.relations.set(0, new Relation(USERS, Relation.Kind.TABLE, true, true, "postgres"));
        assertThat(lines(compare(new Side(), production)))
                .containsExactly("table users: forced row level security differs: staging has no, production has yes");
    }

    @Test
    void columnTypeNullabilityAndDefaultDiffer() {
        Side production = new Side();
        production.columns.set(1, column(USERS, "email", 2, "character varying(20)", false, "''::text"));
        assertThat(lines(compare(new Side(), production))).containsExactly(
                "column users.email: type differs: staging has text, production has character varying(20)",
                "column users.email: nullable differs: staging has no, production has yes",
                "column users.email: default differs: staging has none, production has ''::text");
    }

    @Test
    void columnOrderIsNotADifference() {
        Side production = new Side();
        production.columns.set(0, column(USERS, "id", 2, "uuid", true, "gen_random_uuid()"));
        production.columns.set(1, column(USERS, "email", 1, "text", true, null));
        assertThat(compare(new Side(), production).passed()).isTrue();
    }

    @Test
    void anAddedColumnIsReported() {
        Side production = new Side();
        production.columns.add(column(USERS, "phone", 3, "text", false, null));
        assertThat(lines(compare(new Side(), production))).containsExactly("column users.phone: in production, not in staging");
    }

    @Test
    void foreignKeyRuleDiffers() {
        Side production = new Side();
        production.fks.set(0, fk("posts_author_id_fkey", ForeignKeyRule.CASCADE));
        assertThat(lines(compare(new Side(), production))).containsExactly(
                "foreign key posts_author_id_fkey on posts: on delete differs: staging has RESTRICT, production has CASCADE");
    }

    @Test
    void aConstraintNameThatDiffersOnlyByAGeneratedSuffixIsStillReported() {
        Side production = new Side();
        production.fks.set(0, fk("posts_author_id_fkey1", ForeignKeyRule.RESTRICT));
        assertThat(lines(compare(new Side(), production))).containsExactly(
                "foreign key posts_author_id_fkey on posts: in staging, not in production",
                "foreign key posts_author_id_fkey1 on posts: in production, not in staging");
    }

    @Test
    void indexesAreComparedByDefinition() {
        Side production = new Side();
        production.indexes.set(0, index("idx_posts_author", "author_id, id"));
        assertThat(lines(compare(new Side(), production))).containsExactly(
                "index idx_posts_author on posts: definition differs: staging has CREATE INDEX ON public.posts USING btree (author_id),"
                        + " production has CREATE INDEX ON public.posts USING btree (author_id, id)");
    }

    @Test
    void aRenamedIndexIsReportedAndARenameAloneIsNotADefinitionChange() {
        Side production = new Side();
        production.indexes.set(0, index("posts_author_idx", "author_id"));
        assertThat(lines(compare(new Side(), production))).containsExactly(
                "index idx_posts_author on posts: in staging, not in production",
                "index posts_author_idx on posts: in production, not in staging");
        assertThat(SchemaKinds.withoutIndexName("CREATE UNIQUE INDEX \"odd name\" ON public.t USING btree (a)"))
                .isEqualTo("CREATE UNIQUE INDEX ON public.t USING btree (a)");
    }

    @Test
    void policyRolesDiffer() {
        Side production = new Side();
        production.policies.set(0, policy("public", "(auth.uid() = id)"));
        assertThat(lines(compare(new Side(), production)))
                .containsExactly("policy users_select_own on users: roles differ: staging has authenticated, production has public");
    }

    @Test
    void policyExpressionDiffersButNotItsWhiteSpace() {
        Side production = new Side();
        production.policies.set(0, policy("authenticated", "(auth.uid()  =\n id)"));
        assertThat(compare(new Side(), production).passed()).isTrue();
        production.policies.set(0, policy("authenticated", "true"));
        assertThat(lines(compare(new Side(), production)))
                .containsExactly("policy users_select_own on users: using differs: staging has (auth.uid() = id), production has true");
    }

    @Test
    void functionSecuritySearchPathAndBodyDiffer() {
        Side production = new Side();
        production.functions.set(0, function(false, List.of(), "\nBEGIN\n  DELETE FROM posts WHERE true;\nEND\n"));
        assertThat(lines(compare(new Side(), production))).containsExactly(
                "function purge(uuid): security differs: staging has definer, production has invoker",
                "function purge(uuid): search path differs: staging has public, production has none",
                "function purge(uuid): body differs: staging has BEGIN DELETE FROM posts; END, production has BEGIN DELETE FROM posts WHERE true; END");
    }

    @Test
    void aReindentedFunctionBodyIsTheSameBody() {
        Side production = new Side();
        production.functions.set(0, function(true, List.of("search_path=public"), "\nBEGIN\n\tDELETE   FROM posts;\nEND"));
        assertThat(compare(new Side(), production).passed()).isTrue();
    }

    @Test
    void executeGranteesDifferAsSets() {
        Side production = new Side();
        production.grants.set(0, grantees("postgres", "authenticated", "anon"));
        assertThat(lines(compare(new Side(), production)))
                .containsExactly("EXECUTE on purge(uuid): grantees differ: only production has anon");
        production.grants.set(0, grantees("PUBLIC", "postgres"));
        assertThat(lines(compare(new Side(), production)))
                .containsExactly("EXECUTE on purge(uuid): grantees differ: only staging has authenticated; only production has PUBLIC");
    }

    @Test
    void viewDefinitionAndSecurityInvokerDiffer() {
        Side production = new Side();
        production.views.set(0, view("SELECT users.id, users.email FROM users;", false));
        assertThat(lines(compare(new Side(), production))).containsExactly(
                "view active_users: definition differs: staging has SELECT users.id FROM users;, production has SELECT users.id, users.email FROM users;",
                "view active_users: security_invoker differs: staging has yes, production has no");
    }

    @Test
    void defaultPrivilegesDiffer() {
        Side production = new Side();
        production.defaults.set(0, new DefaultPrivileges("postgres", "public", "functions", List.of("authenticated EXECUTE")));
        assertThat(lines(compare(new Side(), production)))
                .containsExactly("default privileges of postgres on functions in public: grants differ: only staging has anon EXECUTE");
    }

    @Test
    void differencesAreGroupedByKind() {
        Side production = new Side();
        production.policies.set(0, policy("public", "(auth.uid() = id)"));
        production.relations.set(0, table(USERS, false));
        production.fks.set(0, fk("posts_author_id_fkey", ForeignKeyRule.CASCADE));
        assertThat(lines(compare(new Side(), production))).extracting(l -> l.substring(0, l.indexOf(' ')))
                .containsExactly("table", "foreign", "policy");
    }

    @Test
    void ignoringTakesKindsAndLikePatterns() {
        Side production = new Side();
        production.relations.removeIf(r -> r.name().equals(POSTS));
        production.columns.removeIf(c -> c.table().equals(POSTS));
        production.fks.clear();
        production.indexes.clear();
        production.policies.set(0, policy("public", "(auth.uid() = id)"));
        assertThat(compare(new Side(), production, SchemaIgnore.of("table", "post%"), SchemaIgnore.of("policy", "users\\_%"))
                .passed()).isTrue();
        assertThat(lines(compare(new Side(), production, SchemaIgnore.of("table", "post%"))))
                .containsExactly("policy users_select_own on users: roles differ: staging has authenticated, production has public");
        assertThat(lines(compare(new Side(), production, SchemaIgnore.of("Policy", "public.users_select_own"))))
                .containsExactly("table posts: in staging, not in production");
    }

    @Test
    void anUnknownKindToIgnoreListsTheKnownOnes() {
        assertThatThrownBy(() -> SchemaIgnore.of("tables", "x")).isInstanceOf(ChecklistBroken.class)
                .hasMessageStartingWith("unknown kind of schema object 'tables': use one of table, view,");
    }

    @Test
    void theBodyIsCutOutOfTheFunctionDefinition() {
        assertThat(SchemaKinds.functionBody("CREATE OR REPLACE FUNCTION f()\n RETURNS int\n LANGUAGE sql\nAS $function$select 1$function$\n"))
                .isEqualTo("select 1");
    }
}
