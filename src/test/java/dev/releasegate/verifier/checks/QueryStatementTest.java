package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryStatementTest {

    @Test
    void oneStatementWhateverHidesInQuotesAndComments() {
        QueryStatement statement = QueryStatement.forQuery("""
                select 'a;b' as x, E'it\\'s; delete' as y, "odd;name", $$x; insert$$, $tag$ ; $$ ; $tag$ -- ; update
                /* ; delete /* nested ; */ still ; */ from t;
                """, false);
        assertThat(statement.statements()).isEqualTo(1);
        assertThat(statement.writesData()).isFalse();
        assertThat(statement.firstWord()).isEqualTo("select");
        assertThat(statement.body()).endsWith("from t");
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        assertThat(QueryStatement.parse("select $1; select $2").statements()).isEqualTo(2);
    }

    @Test
    void twoStatementsAreRefused() {
        assertThatThrownBy(() -> QueryStatement.forQuery("select 1; select 2;", false)).isInstanceOf(ChecklistBroken.class)
                .hasMessage("the query holds 2 statements: write exactly one read-only statement (select, with, values, table, show,"
                        + " explain); nothing was sent");
    }

    @Test
    void aStatementHiddenAfterACommentIsStillCounted() {
        assertThatThrownBy(() -> QueryStatement.forQuery("select 1 /* ; */; drop table t", false))
                .hasMessageStartingWith("the query holds 2 statements");
    }

    @Test
    void otherStatementsAreRefused() {
        assertThatThrownBy(() -> QueryStatement.forQuery("  -- remove\n delete from t", false))
                .hasMessage("'delete' statements are not run by When I query: write one read-only statement starting with select,"
                        + " with, values, table, show or explain (insert, update, delete and merge too in a scenario tagged @writes);"
                        + " nothing was sent");
    }

    @Test
    void aScenarioTaggedWritesMayInsertUpdateDeleteAndMergeButNothingElse() {
        assertThat(QueryStatement.forQuery("insert into t (a) values (1)", true).writesData()).isTrue();
        assertThat(QueryStatement.forQuery("update t set a = 2", true).firstWord()).isEqualTo("update");
        assertThat(QueryStatement.forQuery("delete from t", true).firstWord()).isEqualTo("delete");
        assertThatThrownBy(() -> QueryStatement.forQuery("truncate t", true)).hasMessageStartingWith("'truncate' statements are not run");
        assertThatThrownBy(() -> QueryStatement.forQuery("commit", true)).hasMessageStartingWith("'commit' statements are not run");
        assertThatThrownBy(() -> QueryStatement.forQuery("insert into t values (1); commit", true)).hasMessageStartingWith("the query holds 2 statements");
    }

    @Test
    void aWritingWithIsRefusedUnlessWritesAreAllowed() {
        String sql = "with d as (delete from t returning id) select count(*) from d";
        assertThatThrownBy(() -> QueryStatement.forQuery(sql, false)).hasMessageStartingWith("the query writes (delete): When I query is read-only.");
        assertThat(QueryStatement.forQuery(sql, true).writesData()).isTrue();
        assertThatThrownBy(() -> QueryStatement.forQuery("select * into copy from t", false)).hasMessageStartingWith("the query writes (into)");
        assertThatThrownBy(() -> QueryStatement.forQuery("explain analyze update t set a = 1", false)).hasMessageStartingWith("the query writes (update)");
    }

    @Test
    void wordsInsideIdentifiersAreNotKeywords() {
        assertThat(QueryStatement.forQuery("select deleted_at, updated_by from t where note = 'delete'", false).writesData()).isFalse();
    }

    @Test
    void unterminatedOrEmptyIsRefused() {
        assertThatThrownBy(() -> QueryStatement.forQuery("select 'abc", false)).hasMessage("the query has an unterminated string literal: nothing was sent");
        assertThatThrownBy(() -> QueryStatement.forQuery("select $$abc", false)).hasMessage("the query has an unterminated dollar quote $$: nothing was sent");
        assertThatThrownBy(() -> QueryStatement.forQuery("  ", false)).hasMessageStartingWith("the query is empty");
        assertThatThrownBy(() -> QueryStatement.forQuery("-- nothing\n;", false)).hasMessageStartingWith("the query holds no statement");
    }

    @Test
    void onlyQueriesHavePlans() {
        assertThat(QueryStatement.forQuery("show work_mem", false).explainable()).isFalse();
        assertThat(QueryStatement.forQuery("table t", false).explainable()).isTrue();
    }
}
