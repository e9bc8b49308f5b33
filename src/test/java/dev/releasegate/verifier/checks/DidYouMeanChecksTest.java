package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Absence;
import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.EnumType;
import dev.releasegate.verifier.catalog.Extension;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.StorageBucket;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A table, column, function, role, policy, bucket, schema, enum or extension that does not exist names the nearest that do. */
class DidYouMeanChecksTest {

    private static QualifiedName name(String table) {
        return QualifiedName.parse(table, "public");
    }

    private static Relation table(String table) {
        return new Relation(name(table), Relation.Kind.TABLE, true, false, "postgres");
    }

    private static final List<Relation> RELATIONS = List.of(table("restaurants"), table("subscriptions"), table("auth.users"));

    private static List<String> details(Verdict verdict) {
        return verdict.mismatches().stream().map(Mismatch::describe).toList();
    }

    @Test
    void aMisspeltTable() {
        assertThat(details(RelationExistence.exist("table", List.of(name("restaurant")), RELATIONS, "production")))
                .containsExactly("table restaurant: does not exist (did you mean restaurants?)");
        assertThat(details(RelationExistence.exist("table", List.of(name("public.users")), RELATIONS, "production")))
                .containsExactly("table users: does not exist (did you mean auth.users?)");
        assertThat(details(RelationExistence.exist("table", List.of(name("invoices")), RELATIONS, "production")))
                .containsExactly("table invoices: does not exist");
    }

    @Test
    void aMisspeltTableInAnExactListIsMatchedWithTheUnexpectedOnes() {
        assertThat(details(RelationExistence.exactly("matching %", List.of(name("restaurant"), name("subscriptions")),
                List.of(name("restaurants"), name("subscriptions")), "production")))
                .containsExactly("table restaurant: does not exist (did you mean restaurants?)",
                        "table restaurants: exists but is not in the list");
    }

    @Test
    void aMisspeltTableOrColumnAnItemReads() {
        Absence table = new Absence("pesachama", name("chama"), true, List.of(), List.of(name("chamas"), name("users")), List.of());
        Absence column = new Absence("pesachama", name("users"), false, List.of("emial"), List.of(), List.of("id", "email", "phone"));
        assertThat(details(Presence.require("rows", table, column).orElseThrow())).containsExactly(
                "table chama: does not exist in pesachama (did you mean chamas?)",
                "column users.emial: does not exist in pesachama (did you mean email?)");
        assertThat(Presence.require("rows", new Absence("pesachama", name("chama"), true, List.of())).orElseThrow().mismatches())
                .extracting(Mismatch::describe).containsExactly("table chama: does not exist in pesachama");
    }

    @Test
    void aMisspeltColumnOfATableWithColumns() {
        List<Column> columns = List.of(new Column(name("users"), "id", 1, "uuid", true, null),
                new Column(name("users"), "email", 2, "text", true, null));
        assertThat(details(ColumnCheck.has(name("users"), true, List.of(new ColumnExpectation("emial", Optional.empty(), Optional.empty(),
                Optional.empty())), columns, "production"))).containsExactly("column users.emial: does not exist (did you mean email?)");
        assertThat(details(ColumnCheck.has(name("users"), true, List.of(new ColumnExpectation("phone", Optional.empty(), Optional.empty(),
                Optional.empty())), columns, "production"))).containsExactly("column users.phone: does not exist (the table has id, email)");
    }

    @Test
    void aMisspeltTableWhoseRowLevelSecurityIsChecked() {
        assertThat(details(RowLevelSecurityCheck.enabled("restaurant", List.of(name("restaurant")), RELATIONS, false, "production")))
                .containsExactly("table restaurant: does not exist (did you mean restaurants?)");
    }

    @Test
    void aMisspeltRole() {
        assertThatThrownBy(() -> Roles.requireKnown("anno", Set.of("anon", "authenticated", "service_role"), "production"))
                .isInstanceOf(ChecklistBroken.class).hasMessage("role 'anno' does not exist in production (did you mean anon?)");
        assertThatThrownBy(() -> Roles.requireKnown("nobody", Set.of("anon", "authenticated"), "production"))
                .hasMessage("role 'nobody' does not exist in production (roles: anon, authenticated)");
    }

    private static Function function(String name, String... types) {
        return new Function(1, name(name), List.of(types), "", "void", "plpgsql", true, List.of(), "", "f");
    }

    @Test
    void aMisspeltFunction() {
        List<Function> functions = List.of(function("delete_client_relationship_safely", "uuid"), function("auth.uid"));
        assertThat(details(FunctionCheck.exists(FunctionSignature.parse("delete_client_relationship_safly(uuid)", "public"), functions,
                "production"))).containsExactly("function delete_client_relationship_safly(uuid): does not exist"
                + " (did you mean delete_client_relationship_safely(uuid)?)");
        assertThat(details(FunctionCheck.exists(FunctionSignature.parse("uid()", "public"), functions, "production")))
                .containsExactly("function uid(): does not exist (did you mean auth.uid()?)");
    }

    private static Policy policy(String name) {
        return new Policy(name("users"), name, PolicyCommand.SELECT, List.of("authenticated"), true, "true", null);
    }

    @Test
    void aMisspeltPolicy() {
        List<Policy> policies = List.of(policy("users_select_own"), policy("users_update_own"));
        PolicyExpectation misspelt = new PolicyExpectation(name("users"), "users_select_onw", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(details(PolicyCheck.exist(List.of(misspelt), policies, "production")))
                .containsExactly("policy users_select_onw on users: does not exist (did you mean users_select_own?)");
        assertThat(details(PolicyCheck.exactly(name("users"), List.of("users_select_onw", "users_update_own"), policies, "production")))
                .containsExactly("policy users_select_onw on users: does not exist (did you mean users_select_own?)",
                        "policy users_select_own on users: exists but is not in the list");
    }

    @Test
    void aMisspeltBucket() {
        List<StorageBucket> buckets = List.of(new StorageBucket("avatars", "avatars", true, Optional.empty(), Optional.empty()),
                new StorageBucket("documents", "documents", false, Optional.empty(), Optional.empty()));
        assertThat(details(StorageBucketCheck.exist(List.of(new StorageBucketExpectation("avatar", Optional.empty(), Optional.empty(),
                Optional.empty())), Optional.of(buckets), "production"))).containsExactly("bucket avatar: does not exist (did you mean avatars?)");
        assertThat(details(StorageBucketCheck.exist(List.of(new StorageBucketExpectation("invoices", Optional.empty(), Optional.empty(),
                Optional.empty())), Optional.of(buckets), "production"))).containsExactly("bucket invoices: does not exist (buckets: avatars, documents)");
    }

    @Test
    void aMisspeltSchemaEnumAndExtension() {
        assertThat(details(SchemaCheck.exists("autth", List.of("auth", "public", "storage"), "production")))
                .containsExactly("schema autth: does not exist (did you mean auth?)");
        assertThat(details(EnumCheck.hasLabels(name("trackpay_rol"), List.of("client"), List.of(new EnumType(name("trackpay_role"),
                List.of("client"))), "production"))).containsExactly("enum trackpay_rol: does not exist (did you mean trackpay_role?)");
        assertThat(details(ExtensionCheck.installed(List.of(new ExtensionExpectation("pgcrpyto", Optional.empty(), Optional.empty())),
                List.of(new Extension("pgcrypto", "extensions", "1.3"), new Extension("plpgsql", "pg_catalog", "1.0")), "production")))
                .containsExactly("extension pgcrpyto: is not installed (did you mean pgcrypto?)");
    }
}
