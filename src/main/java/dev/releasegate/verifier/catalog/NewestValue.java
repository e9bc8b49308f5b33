package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.ExecutedQuery;

import java.util.Optional;

/**
 * The newest value of a time column as the server prints it, the server's clock when it was read ({@code now()}),
 * and how old the value was then, in seconds (negative when it lies in the future); empty when no row holds a value.
 */
public record NewestValue(QualifiedColumn column, Optional<String> newest, String now, Optional<Double> ageSeconds, ExecutedQuery query) {
}
