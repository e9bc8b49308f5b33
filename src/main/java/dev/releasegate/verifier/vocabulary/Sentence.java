package dev.releasegate.verifier.vocabulary;

/**
 * One sentence the verifier understands, as its step definition declares it: the keyword, the Cucumber expression
 * ({@code row level security is enabled on {name}}) and the steps class that handles it.
 */
public record Sentence(String keyword, String expression, String stepClass) {

    @Override
    public String toString() {
        return keyword + " " + expression;
    }
}
