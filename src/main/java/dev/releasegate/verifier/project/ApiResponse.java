package dev.releasegate.verifier.project;

/** What a successful read returned: the exchange for the report, and the body, read once and then parsed into records. */
record ApiResponse(Endpoint endpoint, ApiExchange exchange, String body) {
}
