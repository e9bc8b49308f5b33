package dev.releasegate.verifier.project;

/** What a read returned, as records, with the exchange that returned it (for the item's evidence). */
public record ApiRead<T>(T value, ApiExchange exchange) {
}
