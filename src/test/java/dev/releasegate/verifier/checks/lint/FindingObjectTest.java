package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How an except: row names a finding's object, and how a report names it back. */
class FindingObjectTest {

    @Test
    void aTableIsNamedAsChecklistsNameTables() {
        FindingObject notes = FindingObject.relation(new QualifiedName("public", "notes"));
        assertThat(notes.display("public")).isEqualTo("notes");
        assertThat(notes.isNamedBy("notes", "public")).isTrue();
        assertThat(notes.isNamedBy("public.notes", "public")).isTrue();
        assertThat(notes.isNamedBy("\"notes\"", "public")).isTrue();
        assertThat(notes.isNamedBy("api.notes", "public")).isFalse();
        assertThat(notes.isNamedBy("Notes", "public")).isFalse();
        FindingObject api = FindingObject.relation(new QualifiedName("api", "orders"));
        assertThat(api.display("public")).isEqualTo("api.orders");
        assertThat(api.isNamedBy("orders", "public")).isFalse();
        assertThat(api.isNamedBy("orders", "api")).isTrue();
    }

    @Test
    void aHostileNameIsOnlyEverAName() {
        String hostile = "x\"; drop table y; --";
        FindingObject odd = FindingObject.relation(new QualifiedName("public", hostile));
        assertThat(odd.isNamedBy("\"x\"\"; drop table y; --\"", "public")).isTrue();
        assertThat(odd.isNamedBy("x", "public")).isFalse();
        assertThat(odd.display("public")).isEqualTo(hostile);
    }

    @Test
    void aFunctionByNameMeansEveryOverloadAndWithTypesOnlyThatOne() {
        Function purge = new Function(1, new QualifiedName("public", "purge"), List.of("uuid", "integer"), "a uuid, b integer", null, "sql",
                true, List.of(), null, "f");
        FindingObject function = FindingObject.function(purge);
        assertThat(function.display("public")).isEqualTo("purge(uuid, integer)");
        assertThat(function.isNamedBy("purge", "public")).isTrue();
        assertThat(function.isNamedBy("purge(uuid, int)", "public")).isTrue();
        assertThat(function.isNamedBy("purge(uuid)", "public")).isFalse();
    }

    @Test
    void anIndexLintIsNamedByItsTableOrItsIndex() {
        FindingObject items = FindingObject.relation(new QualifiedName("public", "items"))
                .alsoNamed(List.of(new QualifiedName("public", "idx_items_name")));
        assertThat(items.isNamedBy("items", "public")).isTrue();
        assertThat(items.isNamedBy("idx_items_name", "public")).isTrue();
        assertThat(items.isNamedBy("idx_other", "public")).isFalse();
    }

    @Test
    void extensionsAndBucketsHaveNoSchema() {
        FindingObject bucket = FindingObject.unqualified("User Avatars", List.of("avatars"));
        assertThat(bucket.display("public")).isEqualTo("User Avatars");
        assertThat(bucket.isNamedBy("\"User Avatars\"", "public")).isTrue();
        assertThat(bucket.isNamedBy("avatars", "public")).isTrue();
        assertThat(FindingObject.unqualified("pg_trgm", List.of()).isNamedBy("public.pg_trgm", "public")).isFalse();
    }

    @Test
    void likeAsPostgresEvaluatesIt() {
        assertThat(LikePattern.matches("pgbouncer", "pg_%")).isTrue();
        assertThat(LikePattern.matches("pg", "pg_%")).isFalse();
        assertThat(LikePattern.matches("supabase_auth_admin", "supabase%admin")).isTrue();
        assertThat(LikePattern.matches("current_setting('x')", "%current\\_setting(%)%")).isTrue();
        assertThat(LikePattern.matches("currentXsetting('x')", "%current\\_setting(%)%")).isFalse();
        assertThat(LikePattern.matches("a\nauth.uid()\nb", "%auth.uid()%")).isTrue();
        assertThat(LikePattern.matches(null, "%")).isFalse();
        assertThat(LikePattern.matches("[x]^$.*", "[x]^$.*")).isTrue();
        assertThat(LikePattern.matches("q_jobs", "q_%")).isTrue();
        assertThat(LikePattern.matches("q", "q_%")).isFalse();
        assertThat(LikePattern.matches("abcabd", "%abd")).isTrue();
        assertThat(LikePattern.matches("ab", "a%b%")).isTrue();
        assertThat(LikePattern.matches("aXbXb", "a%b")).isTrue();
        assertThat(LikePattern.matches("abc", "a_c")).isTrue();
        assertThat(LikePattern.matches("ac", "a_c")).isFalse();
        assertThat(LikePattern.matches("100%", "100\\%")).isTrue();
        assertThat(LikePattern.matches("1000", "100\\%")).isFalse();
        assertThat(LikePattern.matches("", "%")).isTrue();
        assertThat(LikePattern.matches("", "")).isTrue();
        assertThat(LikePattern.matches("x", "")).isFalse();
        assertThat(LikePattern.matches("search_path=\"\"", "search_path=%")).isTrue();
        assertThat(LikePattern.matches("xauth.jwt() -> 'user_metadata'", "%auth.jwt()%user_metadata%")).isTrue();
    }

    @Test
    void lintNamesAndOlderNames() {
        assertThat(Lint.fromId(" RLS_Disabled_In_Public ")).isEqualTo(Lint.RLS_DISABLED_IN_PUBLIC);
        assertThat(Lint.fromId("anon_can_execute_definer_function")).isEqualTo(Lint.ANON_SECURITY_DEFINER_FUNCTION_EXECUTABLE);
        assertThat(Lint.UNINDEXED_FOREIGN_KEYS.category()).isEqualTo(LintCategory.PERFORMANCE);
        assertThat(Lint.UNINDEXED_FOREIGN_KEYS.movedFromSecurity()).isTrue();
        assertThat(Lint.of(LintCategory.SECURITY)).hasSize(21);
        assertThat(Lint.of(LintCategory.PERFORMANCE)).hasSize(9);
    }
}
