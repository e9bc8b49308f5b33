package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.db.SqlLexer;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GherkinTextTest {

    private final GherkinText text = new GherkinText("public");

    private static QualifiedName name(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Test
    void cellsEscapeBackslashPipeAndNewLineAndRefuseWhatARunWouldChange() {
        assertThat(GherkinText.escape("a|b\\c\nd")).isEqualTo("a\\|b\\\\c\\nd");
        assertThat(GherkinText.cell("x")).contains("x");
        assertThat(GherkinText.cell(" padded")).isEmpty();
        assertThat(GherkinText.cell("${HOME}")).isEmpty();
        assertThat(GherkinText.cell("")).isEmpty();
        assertThat(GherkinText.cell("a\rb")).isEmpty();
    }

    @Test
    void sentenceArgumentsHoldNoQuoteNorLineBreak() {
        assertThat(GherkinText.argument("a; drop table x--")).contains("\"a; drop table x--\"");
        assertThat(GherkinText.argument("we\"ird")).isEmpty();
        assertThat(GherkinText.argument("two\nlines")).isEmpty();
        assertThat(GherkinText.argument("trackpay\\_users")).contains("\"trackpay\\_users\"");
        assertThat(GherkinText.stringArgument("trackpay\\_users")).isEmpty();
    }

    @Test
    void namesAreWrittenPlainWhenTheyReadBackAndQuotedWhenOnlyThatReadsBack() {
        assertThat(text.nameArgument(name("public", "trackpay_users"))).contains("\"trackpay_users\"");
        assertThat(text.nameArgument(name("audit", "events"))).contains("\"audit.events\"");
        assertThat(text.nameArgument(name("public", "dot.ted"))).isEmpty();
        assertThat(text.nameCell(name("public", "dot.ted"))).contains("\"dot.ted\"");
        assertThat(text.nameCell(name("my.schema", "t"))).contains("\"my.schema\".\"t\"");
        assertThat(GherkinText.nameCell(name("audit", "events"), "audit")).contains("events");
        assertThat(text.relationObjectCell(name("public", "f(x)"))).isEmpty();
    }

    @Test
    void listsRefuseItemsWithCommas() {
        assertThat(GherkinText.listCell(List.of("provider_id", "client_id"))).contains("provider_id, client_id");
        assertThat(GherkinText.listCell(List.of("a,b"))).isEmpty();
        assertThat(GherkinText.listCell(List.of())).isEmpty();
    }

    @Test
    void functionsAreWrittenWithTheirArgumentTypesAndOnlyWhereTheyReadBackAsTheSameOverload() {
        Function f = new Function(1, name("public", "delete_client_relationship_safely"), List.of("uuid"), "p_client_id uuid",
                "void", "plpgsql", true, List.of("search_path=public"), "", "f");
        Function quotedType = new Function(2, name("public", "describe_it"), List.of("\"MyType\""), "value \"MyType\"",
                "text", "sql", false, List.of(), "", "f");
        Function twoWords = new Function(3, name("audit", "at"), List.of("timestamp with time zone", "character varying"), "",
                "void", "sql", false, List.of(), "", "f");
        assertThat(text.functionArgument(f)).contains("\"delete_client_relationship_safely(uuid)\"");
        assertThat(text.functionObjectCell(f)).contains("delete_client_relationship_safely(uuid)");
        assertThat(text.functionCell(quotedType)).contains("describe_it(\"MyType\")");
        assertThat(text.functionArgument(quotedType)).isEmpty();
        assertThat(text.functionCell(twoWords)).contains("audit.at(timestamp with time zone, character varying)");
    }

    @Test
    void expressionsGoOnOneLineOutsideTheirLiterals() {
        assertThat(SqlLexer.oneLine("(a IN ( SELECT id\n   FROM t\n  WHERE (x = 'two\n  lines')))", false))
                .isEqualTo("(a IN ( SELECT id FROM t WHERE (x = 'two\n  lines')))");
    }

    @Test
    void aPatternForOneNameEscapesTheWildcards() {
        assertThat(GherkinText.exactLike("secret_notes")).isEqualTo("secret\\_notes");
        assertThat(GherkinText.exactLike("100%\\")).isEqualTo("100\\%\\\\");
        assertThat(text.patternArgument("public", "%")).contains("\"%\"");
        assertThat(text.patternArgument("audit", "%")).contains("\"audit.%\"");
        assertThat(text.patternArgument("public", "dot.ted")).isEqualTo(Optional.empty());
    }
}
