package dev.releasegate.verifier.db;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SqlScriptTest {

    private static List<String> statements(String sql) {
        return SqlScript.parse(sql).statements().stream().map(s -> s.sql().strip()).toList();
    }

    @Test
    void cutsAtSemicolonsOutsideQuotesAndComments() {
        assertThat(statements("""
                -- a comment; not a statement
                create table a (x text default 'a;b');
                /* block; /* nested; */ still comment; */
                insert into "we;ird" values (E'it\\'s; fine');
                select $$ dollar; quoted $$, $tag$ also; $tag$
                """)).containsExactly(
                "-- a comment; not a statement\ncreate table a (x text default 'a;b')",
                "/* block; /* nested; */ still comment; */\ninsert into \"we;ird\" values (E'it\\'s; fine')",
                "select $$ dollar; quoted $$, $tag$ also; $tag$");
    }

    @Test
    void keepsFunctionBodiesWhole() {
        assertThat(statements("""
                create function f() returns int language plpgsql as $fn$
                begin
                  perform 1; return 2;
                end;
                $fn$;
                create function g() returns bigint language sql
                begin atomic
                  select case when true then 1 else 2 end;
                  select 3;
                end;
                select 4
                """)).hasSize(3).last().isEqualTo("select 4");
    }

    @Test
    void dropsEmptyStatementsAndTrailingComments() {
        assertThat(statements(";;\nselect 1;\n-- the end\n")).containsExactly("select 1");
    }

    @Test
    void aServerErrorPositionBecomesALineOfTheFile() {
        SqlScript script = SqlScript.parse("create table a (id int);\n\n-- totals\nselect\n  sum(amout)\nfrom a;\n");
        SqlScript.Statement second = script.statements().get(1);
        int position = second.sql().indexOf("amout") + 1;
        assertThat(script.lineOf(second, position)).isEqualTo(5);
        assertThat(script.lineOf(second, 0)).isEqualTo(4);
    }

    @Test
    void countsPositionsInCharactersAsPostgresDoes() {
        SqlScript script = SqlScript.parse("select '😀',\n  nope;");
        SqlScript.Statement statement = script.statements().get(0);
        int position = "select '😀',\n  ".codePointCount(0, "select '😀',\n  ".length()) + 1;
        assertThat(script.lineOf(statement, position)).isEqualTo(2);
    }

    @Test
    void psqlMetaCommandsAreKeptApartFromTheStatementsAroundThem() {
        SqlScript script = SqlScript.parse("\\set tenant 'Acme'\ninsert into t values (:'tenant');\n  \\echo done\nselect '\\not a command';\n");
        assertThat(script.metaCommands()).extracting(SqlScript.MetaCommand::name, SqlScript.MetaCommand::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("set", "tenant 'Acme'"), org.assertj.core.groups.Tuple.tuple("echo", "done"));
        assertThat(script.statements()).extracting(s -> s.sql().strip())
                .containsExactly("insert into t values (:'tenant')", "select '\\not a command'");
        assertThat(script.lineAt(script.metaCommands().get(1).start())).isEqualTo(3);
        assertThat(script.parts()).hasSize(4).first().isInstanceOf(SqlScript.MetaCommandPart.class);
    }

    @Test
    void psqlVariablesAreInterpolatedOutsideQuotesCommentsAndCasts() {
        Map<String, String> variables = Map.of("name", "O'Hara", "table", "My \"Table\"", "n", "42");
        assertThat(SqlScript.interpolate("select :n, :'name', :\"table\", x::int, ':n', $$:n$$, :unknown -- :n\n", variables))
                .isEqualTo("select 42, 'O''Hara', \"My \"\"Table\"\"\", x::int, ':n', $$:n$$, :unknown -- :n\n");
        assertThat(SqlScript.interpolate("select :n", Map.of())).isEqualTo("select :n");
    }
}
