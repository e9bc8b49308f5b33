package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlPredicateTest {

    @Test
    void acceptsOneExpressionAndWrapsItInParentheses() {
        assertThat(SqlPredicate.parse(" amount <= 0 ").sql()).isEqualTo("(amount <= 0)");
        assertThat(SqlPredicate.parse("status in ('a', 'b') and (x > 1 or y)").text()).isEqualTo("status in ('a', 'b') and (x > 1 or y)");
        assertThat(SqlPredicate.parse("name = 'it''s (not) closed'").text()).isEqualTo("name = 'it''s (not) closed'");
        assertThat(SqlPredicate.parse("\"createdAt\" > \"updatedAt\"").text()).isEqualTo("\"createdAt\" > \"updatedAt\"");
        assertThat(SqlPredicate.parse("not exists (select 1 from x where x.id = t.id)").text()).startsWith("not exists");
        assertThat(SqlPredicate.parse("price$ > 0").text()).isEqualTo("price$ > 0");
    }

    @Test
    void refusesStatementsCommentsAndDollarQuotes() {
        assertRefused("true; delete from t", "the condition \"true; delete from t\" holds a ';': write one boolean expression, such as \"amount > 0\", not statements");
        assertRefused("name = 'a;b'", "the condition \"name = 'a;b'\" holds a ';': write one boolean expression, such as \"amount > 0\", not statements");
        assertRefused("true -- x", "the condition \"true -- x\" holds a comment marker (--, /* or */): write one boolean expression, such as \"amount > 0\"");
        assertRefused("true /* x", "the condition \"true /* x\" holds a comment marker (--, /* or */): write one boolean expression, such as \"amount > 0\"");
        assertRefused("x = $$a$$", "the condition \"x = $$a$$\" uses dollar quoting ($...$): write one boolean expression, such as \"amount > 0\" with '...' literals");
        assertRefused("x = $q$a$q$", "the condition \"x = $q$a$q$\" uses dollar quoting ($...$): write one boolean expression, such as \"amount > 0\" with '...' literals");
    }

    @Test
    void refusesWhatCouldLeaveItsParentheses() {
        assertRefused("true) or (true", "the condition \"true) or (true\" closes a parenthesis it did not open: write one boolean expression, such as \"amount > 0\"");
        assertRefused("(true", "the condition \"(true\" leaves a parenthesis open: write one boolean expression, such as \"amount > 0\"");
        assertRefused("name = 'open", "the condition \"name = 'open\" leaves a quote (') open: write one boolean expression, such as \"amount > 0\"");
        assertRefused("\"name = 1", "the condition \"\"name = 1\" leaves a quote (\") open: write one boolean expression, such as \"amount > 0\"");
        // in E'...' a backslash escapes the quote: the string is still open, and the parenthesis after it inside the literal
        assertRefused("x = E'\\')' or (true", "the condition \"x = E'\\')' or (true\" leaves a parenthesis open: write one boolean expression, such as \"amount > 0\"");
        assertRefused("  ", "the condition \"\" is empty: write one boolean expression, such as \"amount > 0\"");
    }

    @Test
    void anExpressionIsRefusedByTheSameRulesAndSaidOfAnExpression() {
        assertThat(SqlPredicate.oneExpression("  lower(\"e-mail\") ")).isEqualTo("lower(\"e-mail\")");
        assertThatThrownBy(() -> SqlPredicate.oneExpression("lower(email); drop table x")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("the expression \"lower(email); drop table x\" holds a ';': write one expression, such as \"lower(email)\", not statements");
        assertThatThrownBy(() -> SqlPredicate.oneExpression("lower(email)) or (x")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("the expression \"lower(email)) or (x\" closes a parenthesis it did not open: write one expression, such as \"lower(email)\"");
        assertThatThrownBy(() -> SqlPredicate.oneExpression("")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("the expression \"\" is empty: write one expression, such as \"lower(email)\"");
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> SqlPredicate.parse(text)).isInstanceOf(ChecklistBroken.class).hasMessage(message);
    }
}
