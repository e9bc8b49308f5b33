package dev.releasegate.verifier.steps;

/** The SQL of a {@code When I query:} doc string, {@code ${...}} expanded. */
public record QueryText(String sql) {
}
