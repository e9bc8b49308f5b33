package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSecurity;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.UnknownWord;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionChecksTest {

    private static final Function DELETE = new Function(1, new QualifiedName("public", "delete_client"), List.of("uuid"), "p_client_id uuid",
            "void", "plpgsql", true, List.of("search_path=public"),
            "CREATE OR REPLACE FUNCTION public.delete_client(p_client_id uuid)\n BEGIN\n  IF auth.uid()   IS NULL THEN\n"
                    + "    RAISE EXCEPTION 'Not authenticated';", "f");
    private static final Function LEAKY = new Function(2, new QualifiedName("public", "leaky"), List.of(), "", "integer", "sql", true,
            List.of(), "select 1", "f");
    private static final Function PLAIN = new Function(3, new QualifiedName("public", "plain"), List.of("text"), "t text", "SETOF text",
            "sql", false, List.of(), "select t", "f");
    private static final Function SAFE = new Function(4, new QualifiedName("public", "safe"), List.of(), "", "void", "plpgsql", true,
            List.of("search_path=\"\""), "begin end", "f");
    private static final List<Function> ALL = List.of(DELETE, LEAKY, PLAIN, SAFE);

    private static FunctionSignature sig(String text) {
        return FunctionSignature.parse(text, "public");
    }

    private static FunctionExpectation row(String f, String returns, String language, String security, String path) {
        return new FunctionExpectation(sig(f), Optional.ofNullable(returns), Optional.ofNullable(language),
                Optional.ofNullable(security).map(FunctionSecurity::fromWord), Optional.ofNullable(path));
    }

    @Test
    void functionsWithTheirPropertiesPass() {
        Verdict verdict = FunctionPropertiesCheck.exist(List.of(
                row("delete_client(uuid)", "void", "PLPGSQL", "definer", "public"),
                row("plain", "setof text", null, "invoker", "none"),
                row("safe()", null, null, "SECURITY DEFINER", "''")), ALL, "production");
        assertThat(verdict.passed()).as(verdict.message()).isTrue();
    }

    @Test
    void everyPropertyMismatchIsReported() {
        Verdict verdict = FunctionPropertiesCheck.exist(List.of(
                row("delete_client(uuid)", "boolean", "sql", "invoker", "public, pg_temp"),
                row("leaky", null, null, null, "public"),
                row("delete_client(text)", null, null, null, null)), ALL, "production");
        assertThat(verdict.message()).startsWith("""
                functions in production: 3 problems
                  function delete_client(uuid): returns void, expected boolean; language is plpgsql, expected sql; \
                is security definer, expected security invoker; search path is public, expected public, pg_temp
                  function leaky(): has no fixed search path, expected public
                  function delete_client(text): does not exist (found delete_client(uuid))""");
    }

    @Test
    void anUnknownSecurityWordListsTheAcceptedOnes() {
        assertThatThrownBy(() -> FunctionSecurity.fromWord("owner")).isInstanceOf(UnknownWord.class)
                .hasMessage("unknown security 'owner': use one of definer, invoker");
    }

    @Test
    void definitionContainsTextWithWhiteSpaceCollapsed() {
        assertThat(FunctionDefinitionCheck.contains(sig("delete_client(uuid)"), "auth.uid() IS NULL", ALL, "production").passed()).isTrue();
        assertThat(FunctionDefinitionCheck.contains(sig("delete_client"), "Not authenticated", ALL, "production").passed()).isTrue();
    }

    @Test
    void definitionWithoutTheTextFails() {
        assertThat(FunctionDefinitionCheck.contains(sig("delete_client(uuid)"), "Only providers", ALL, "production").message())
                .startsWith("definition of delete_client(uuid) in production: 1 problem\n"
                        + "  function delete_client(uuid): definition does not contain \"Only providers\"");
        assertThat(FunctionDefinitionCheck.contains(sig("delete_client(uuid)"), "not authenticated", ALL, "production").message())
                .contains("function delete_client(uuid): definition does not contain \"not authenticated\" (it does in another case)");
        assertThat(FunctionDefinitionCheck.contains(sig("gone(uuid)"), "x", ALL, "production").message())
                .isEqualTo("definition of gone(uuid) in production: 1 problem\n  function gone(uuid): does not exist");
    }

    @Test
    void theOverloadErrorListsTheOverloads() {
        Function other = new Function(5, new QualifiedName("public", "delete_client"), List.of("text"), "t text", "void", "sql", false,
                List.of(), "", "f");
        assertThatThrownBy(() -> FunctionDefinitionCheck.contains(sig("delete_client"), "x", List.of(DELETE, other), "production"))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessage("function delete_client has 2 overloads: name one of delete_client(uuid), delete_client(text)");
    }

    @Test
    void definersWithoutAFixedSearchPathFail() {
        Verdict verdict = FunctionDefinitionCheck.definersHaveFixedSearchPath("public", true, ALL, "production");
        assertThat(verdict.message()).startsWith("security definer functions in schema public in production: 1 problem\n"
                + "  function leaky(): security definer without a fixed search path (add SET search_path = ... to the function)");
        assertThat(FunctionDefinitionCheck.definersHaveFixedSearchPath("public", true, List.of(DELETE, SAFE, PLAIN), "production").passed()).isTrue();
    }

    @Test
    void aMissingSchemaIsNotAVacuousPass() {
        assertThat(FunctionDefinitionCheck.definersHaveFixedSearchPath("pubic", false, ALL, "production").message())
                .isEqualTo("security definer functions in schema pubic in production: 1 problem\n  schema pubic: does not exist");
    }
}
