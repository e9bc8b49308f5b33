package dev.releasegate.verifier.checks;

import java.util.Optional;

/**
 * One row of "the table ... has these columns": a column name, and optionally its type, whether it is nullable,
 * and its default ({@code none} or {@code null} for no default).
 */
public record ColumnExpectation(String name, Optional<String> type, Optional<Boolean> nullable, Optional<String> defaultExpression) {
}
