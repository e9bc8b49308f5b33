package dev.releasegate.verifier.db;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
