package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionCheckTest {

    private static Function f(long oid, String name, String... types) {
        return new Function(oid, new QualifiedName("public", name), List.of(types), "", "void", "plpgsql", true, List.of(), "", "f");
    }

    private final List<Function> functions = List.of(f(1, "delete_client_relationship_safely", "uuid"), f(2, "search", "text"), f(3, "search", "text", "integer"));

    @Test
    void anOverloadedNameWithoutTypesIsAChecklistErrorListingTheOverloads() {
        assertThatThrownBy(() -> FunctionCheck.resolve(FunctionSignature.parse("search", "public"), functions))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessage("function search has 2 overloads: name one of search(text), search(text, integer)");
    }

    @Test
    void aMissingFunctionNamesTheOverloadsThatDoExist() {
        Verdict verdict = FunctionCheck.exists(FunctionSignature.parse("search(uuid)", "public"), functions, "production");
        assertThat(verdict.mismatches()).extracting(Mismatch::describe)
                .containsExactly("function search(uuid): does not exist (found search(text), search(text, integer))");
    }

    private static final Set<String> ROLES = Set.of("anon", "authenticated");

    @Test
    void anUnknownRoleCannotBeChecked() {
        FunctionSignature rpc = FunctionSignature.parse("delete_client_relationship_safely(uuid)", "public");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FunctionCheck.execute("anonymous", rpc, functions, ROLES, role -> {
                    throw new AssertionError("no privileges are read for a role that does not exist");
                }, false, "production"))
                .isInstanceOf(dev.releasegate.verifier.outcome.ChecklistBroken.class)
                .hasMessage("role 'anonymous' does not exist in production (roles: anon, authenticated)");
    }

    @Test
    void executeRightsBothWays() {
        FunctionSignature rpc = FunctionSignature.parse("delete_client_relationship_safely(uuid)", "public");
        assertThat(FunctionCheck.execute("authenticated", rpc, functions, ROLES, role -> Set.of(1L), true, "production").passed()).isTrue();
        Verdict anon = FunctionCheck.execute("anon", rpc, functions, ROLES, role -> Set.of(1L), false, "production");
        assertThat(anon.mismatches().get(0).describe()).startsWith(
                "role anon on delete_client_relationship_safely(uuid): can execute it, expected not");
        Verdict cannot = FunctionCheck.execute("authenticated", rpc, functions, ROLES, role -> Set.of(), true, "production");
        assertThat(cannot.mismatches().get(0).describe()).startsWith(
                "role authenticated on delete_client_relationship_safely(uuid): cannot execute it, expected it can");
    }
}
