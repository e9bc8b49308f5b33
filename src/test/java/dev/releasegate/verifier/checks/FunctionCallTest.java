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
        assertThat(call.arguments()).isEqualTo(Arrays.asList("it's, ok", "-4.5e2", null, "true", "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11", ""));
        assertThat(FunctionCall.parse("auth.uid()", "public").arguments()).isEmpty();
    }

    @Test
    void anythingButALiteralIsRefused() {
        assertThatThrownBy(() -> FunctionCall.parse("f('a'); drop table t; --')", "public")).isInstanceOf(ChecklistBroken.class);
        assertThatThrownBy(() -> FunctionCall.parse("f(now())", "public"))
                .hasMessage("cannot read the arguments of 'f(now())': 'now()' is not a literal. Arguments are literals only:"
                        + " 'quoted text', numbers, null, true, false, or a uuid");
        assertThatThrownBy(() -> FunctionCall.parse("f('a' 'b')", "public")).hasMessageContaining("a comma is missing before 'b'");
        assertThatThrownBy(() -> FunctionCall.parse("f('a',)", "public")).hasMessageContaining("an argument is missing after the last comma");
        assertThatThrownBy(() -> FunctionCall.parse("f('a)", "public")).hasMessageContaining("a quoted string is not closed");
        assertThatThrownBy(() -> FunctionCall.parse("f", "public")).hasMessageStartingWith("'f' is not a call");
    }

    @Test
    void resolvesByNameAndArgumentCountAndQuotesTheName() {
        List<Function> functions = List.of(function("del\"ete", "uuid"), function("g", "integer"), function("g", "text"));
        Function resolved = FunctionCall.parse("del\"ete('x')", "public").resolve(functions, "production").orElseThrow();
        assertThat(FunctionCall.sql(resolved)).isEqualTo("select * from \"public\".\"del\"\"ete\"(cast(? as uuid))");
        assertThatThrownBy(() -> FunctionCall.parse("g(1)", "public").resolve(functions, "production"))
                .hasMessage("cannot call g(1) in production: 2 overloads of g take 1 argument(s): g(integer), g(text)");
        assertThatThrownBy(() -> FunctionCall.parse("g()", "public").resolve(functions, "production"))
                .hasMessage("cannot call g() in production: no overload of g takes 0 argument(s) (found g(integer), g(text))");
        assertThat(FunctionCall.parse("h()", "public").resolve(functions, "production")).isEmpty();
    }
}
