package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionCallTest {

    private static Function function(String name, String... types) {
        return new Function(1, new QualifiedName("public", name), List.of(types), "", "void", "plpgsql", true, List.of(), "", "f");
    }

    @Test
    void readsLiteralsAsBoundValues() {
        FunctionCall call = FunctionCall.parse(" f('it''s, ok', -4.5e2, NULL, true, 7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11, '') ", "public");
        assertThat(call.name()).isEqualTo(new QualifiedName("public", "f"));
        assertThat(call.literals()).isEqualTo(Arrays.asList("it's, ok", "-4.5e2", null, "true", "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11", ""));
        assertThat(FunctionCall.parse("auth.uid()", "public").arguments()).isEmpty();
    }

    @Test
    void anythingButALiteralIsRefused() {
        assertThatThrownBy(() -> FunctionCall.parse("f('a'); drop table t; --')", "public")).isInstanceOf(ChecklistBroken.class);
        assertThatThrownBy(() -> FunctionCall.parse("f(now())", "public"))
                .hasMessage("cannot read the arguments of 'f(now())': 'now()' is not a literal. Arguments are literals"
                        + " ('quoted text', numbers, null, true, false, or a uuid), the id of user \"...\" or the \"column\" of the result,"
                        + " each positional or named (name => value)");
        assertThatThrownBy(() -> FunctionCall.parse("f('a' 'b')", "public")).hasMessageContaining("a comma is missing before 'b'");
        assertThatThrownBy(() -> FunctionCall.parse("f('a',)", "public")).hasMessageContaining("an argument is missing after the last comma");
        assertThatThrownBy(() -> FunctionCall.parse("f('a)", "public")).hasMessageContaining("a quoted string is not closed");
        assertThatThrownBy(() -> FunctionCall.parse("f", "public")).hasMessageStartingWith("'f' is not a call");
    }

    @Test
    void resolvesByNameAndArgumentCountAndQuotesTheName() {
        List<Function> functions = List.of(function("del\"ete", "uuid"), function("g", "integer"), function("g", "text"));
        FunctionCall delete = FunctionCall.parse("del\"ete('x')", "public");
        assertThat(delete.sql(delete.resolve(functions, "production").orElseThrow()))
                .isEqualTo("select * from \"public\".\"del\"\"ete\"(cast(? as uuid))");
        assertThatThrownBy(() -> FunctionCall.parse("g(1)", "public").resolve(functions, "production"))
                .hasMessage("cannot call g(1) in production: 2 overloads of g take 1 argument(s): g(integer), g(text)");
        assertThatThrownBy(() -> FunctionCall.parse("g()", "public").resolve(functions, "production"))
                .hasMessage("cannot call g() in production: no overload of g takes 0 argument(s) (found g(integer), g(text))");
        assertThat(FunctionCall.parse("h()", "public").resolve(functions, "production")).isEmpty();
    }

    private static Function withDefaults(String name, List<String> types, List<String> names, int defaults) {
        return new Function(1, new QualifiedName("public", name), types, "", "boolean", "sql", false, List.of(), "", "f", names, defaults);
    }

    @Test
    void leavesDefaultedParametersOutAsPostgreSqlDoes() {
        List<Function> functions = List.of(withDefaults("has_role_on_account", List.of("uuid", "basejump.account_role"),
                List.of("account_id", "account_role"), 1));
        FunctionCall call = FunctionCall.parse("has_role_on_account('00000000-0000-0000-0000-000000000001')", "public");
        Function resolved = call.resolve(functions, "app").orElseThrow();
        assertThat(call.sql(resolved)).isEqualTo("select * from \"public\".\"has_role_on_account\"(cast(? as uuid))");
        assertThatThrownBy(() -> FunctionCall.parse("has_role_on_account()", "public").resolve(functions, "app"))
                .hasMessageStartingWith("cannot call has_role_on_account() in app: no overload of has_role_on_account takes 0 argument(s)");
    }

    @Test
    void namedArgumentsAreBoundByNameAndMustNameAParameter() {
        List<Function> functions = List.of(withDefaults("update_account", List.of("uuid", "text", "text"),
                List.of("account_id", "slug", "name"), 2));
        FunctionCall call = FunctionCall.parse("update_account('00000000-0000-0000-0000-000000000001', name => 'It''s', slug := 'x')", "public");
        assertThat(call.literals()).containsExactly("00000000-0000-0000-0000-000000000001", "It's", "x");
        assertThat(call.sql(call.resolve(functions, "app").orElseThrow()))
                .isEqualTo("select * from \"public\".\"update_account\"(cast(? as uuid), \"name\" => cast(? as text), \"slug\" => cast(? as text))");
        assertThatThrownBy(() -> FunctionCall.parse("update_account('x', colour => 'red')", "public").resolve(functions, "app"))
                .hasMessageContaining("no overload of update_account takes 2 argument(s) named colour");
        assertThatThrownBy(() -> FunctionCall.parse("update_account(slug => 'x', 'y')", "public"))
                .hasMessageContaining("a positional argument ('y') follows a named one");
        assertThatThrownBy(() -> FunctionCall.parse("update_account('x', slug => 'a', slug => 'b')", "public"))
                .hasMessageContaining("the argument slug is named twice");
        assertThatThrownBy(() -> FunctionCall.parse("update_account('x', \"sl;ug\" => 'a')", "public"))
                .hasMessageContaining("is not an argument name");
    }

    @Test
    void argumentsMayBeValuesEarlierStepsKnow() {
        FunctionCall call = FunctionCall.parse("accept_invitation(the id of user \"alice@example.com\", token => the \"token\" of the result)", "public");
        assertThat(call.arguments()).extracting(FunctionCall.Argument::value).containsExactly(
                new FunctionCall.UserId("alice@example.com"), new FunctionCall.ResultColumn("token"));
        assertThat(call.arguments().get(1).name()).contains("token");
    }
}
