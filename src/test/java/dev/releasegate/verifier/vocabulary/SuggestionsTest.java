package dev.releasegate.verifier.vocabulary;

import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A misspelt sentence is answered with the sentence that was meant, first, with the step's own arguments in it. */
class SuggestionsTest {

    private static final Suggestions SUGGESTIONS = Suggestions.ofGlue();

    @Test
    void theIssuesExample() {
        assertThat(SUGGESTIONS.didYouMean("row level securty is enabled on \"users\""))
                .first().isEqualTo("did you mean: row level security is enabled on \"users\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // a letter missing, extra, swapped
            "Then the table \"trackpay_users\" exist                | the table \"trackpay_users\" exists",
            "Then the table \"trackpay_users\" has thse columns:     | the table \"trackpay_users\" has these columns:",
            "When I queyr:                                          | I query:",
            "Then \"users.email\" has no duplicate valeus           | \"users.email\" has no duplicate values",
            // a word left out, added, or in another form
            "Then the query completes under 100 ms                  | the query completes in under 100 ms",
            "Given I act as role \"anon\"                            | I act as the role \"anon\"",
            "Then every foreign key from \"trackpay_payments\" has a delete rule RESTRICT | every foreign key from \"trackpay_payments\" has delete rule RESTRICT",
            "Then these foreign key exist:                          | these foreign keys exist:",
            "Then the row count of tables matching \"trackpay_%\" are equal in \"staging\" and \"production\" | the row counts of tables matching \"trackpay_%\" are equal in \"staging\" and \"production\"",
            "Then \"users.email\" has no duplicates                  | \"users.email\" has no duplicate values",
            "Then the role \"anon\" can not execute \"f(uuid)\"       | the role \"anon\" cannot execute \"f(uuid)\"",
            // a synonym, an abbreviation
            "Then the setting \"wal_level\" equals \"logical\"        | the setting \"wal_level\" is \"logical\"",
            "Then the definition of \"f\" includes \"auth.uid()\"     | the definition of \"f\" contains \"auth.uid()\"",
            "Then rls is enabled on \"trackpay_users\"               | row level security is enabled on \"trackpay_users\"",
            "Then every row of \"a\" where \"b\" has a match in \"c\" through \"d\" | every row of \"a\" where \"b\" has a matching \"c\" through \"d\"",
            // quotes forgotten: the argument is put back in quotes
            "Then the table trackpay_users exists                   | the table \"trackpay_users\" exists",
            "Then row level security is enabled on trackpay_users:  | row level security is enabled on \"trackpay_users\"",
    })
    void theMeantSentenceComesFirst(String step, String meant) {
        List<String> closest = SUGGESTIONS.closest(step);
        assertThat(closest).as(step).isNotEmpty().hasSizeLessThanOrEqualTo(Suggestions.MAX);
        assertThat(closest.get(0)).as(step).isEqualTo(meant);
    }

    @Test
    void everySuggestionIsASentenceTheVerifierUnderstandsWhereTheArgumentsLineUp() {
        List<Expression> expressions = expressions();
        List<String> steps = List.of("Then the table \"x\" exist", "Then these foreign key exist:", "Given I act as role \"anon\"",
                "Then the row count of tables matching \"t_%\" are equal in \"a\" and \"b\"", "Then the query completes under 100 ms",
                "Then every foreign key from \"p\" has a delete rule SET NULL", "row level securty is enabled on \"users\"");
        List<String> notSentences = new ArrayList<>();
        for (String step : steps) {
            for (String suggestion : SUGGESTIONS.closest(step)) {
                if (!suggestion.contains("{") && expressions.stream().filter(e -> e.match(suggestion) != null).count() != 1) {
                    notSentences.add(step + " -> " + suggestion);
                }
            }
        }
        assertThat(notSentences).isEmpty();
        assertThat(SUGGESTIONS.closest("Then every foreign key from \"p\" has a delete rule SET NULL"))
                .first().isEqualTo("every foreign key from \"p\" has delete rule SET NULL");
    }

    @Test
    void aParameterThatNothingLinesUpWithIsShownAsOnThePage() {
        assertThat(SUGGESTIONS.closest("Then row level security is enabled on every table"))
                .contains("row level security is enabled on every table matching {pattern}");
    }

    @Test
    void aSentenceCloseToNothingGetsNoSuggestion() {
        assertThat(SUGGESTIONS.closest("Then the moon is made of \"cheese\"")).isEmpty();
        assertThat(SUGGESTIONS.didYouMean("Then the moon is made of \"cheese\"")).isEmpty();
        assertThat(SUGGESTIONS.closest("")).isEmpty();
        assertThat(SUGGESTIONS.closest("Then")).isEmpty();
    }

    @Test
    void severalAreNamedEachOnItsLine() {
        assertThat(SUGGESTIONS.didYouMean("Then the table \"x\" exist")).hasSizeBetween(2, 3)
                .first().isEqualTo("did you mean: the table \"x\" exists");
        assertThat(SUGGESTIONS.didYouMean("Then the table \"x\" exist").get(1)).startsWith("          or: ");
    }

    @Test
    void hostileStepsAreAnsweredQuicklyAndKeptAsText() {
        String injected = "Then the table \"x\"; drop table users; --\" exist";
        assertThat(SUGGESTIONS.closest(injected)).isNotNull();
        assertThat(SUGGESTIONS.closest("Then the table \"a'b; --c\" exist")).first().isEqualTo("the table \"a'b; --c\" exists");
        // a double quote inside the name fits no {name} (as Cucumber reads it): the parameter is shown, not filled
        assertThat(SUGGESTIONS.closest("Then the table \"a\\\"b\" exist")).first().isEqualTo("the table {name} exists");
        String enormous = "Then the table \"" + "x".repeat(20_000) + "\" exist " + "very ".repeat(2_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SUGGESTIONS.closest(enormous));
        assertThat(SUGGESTIONS.closest("Then \"unterminated exists")).isNotNull();
    }

    /** The vocabulary's sentences as Cucumber matches them. */
    static List<Expression> expressions() {
        Vocabulary vocabulary = Vocabulary.ofGlue();
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        vocabulary.parameterTypes().forEach((name, regex) -> {
            if (!List.of("int", "long", "float", "double", "bigdecimal", "biginteger", "word", "string", "").contains(name)) {
                registry.defineParameterType(new ParameterType<>(name, regex, Object.class, (String[] args) -> args));
            }
        });
        ExpressionFactory factory = new ExpressionFactory(registry);
        return vocabulary.sentences().stream().map(s -> factory.createExpression(s.expression())).toList();
    }
}
