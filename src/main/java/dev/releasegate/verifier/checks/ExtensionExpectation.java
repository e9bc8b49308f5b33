package dev.releasegate.verifier.checks;

import java.util.Optional;

/** One row of "these extensions are installed": the extension, and optionally its schema and version. */
public record ExtensionExpectation(String name, Optional<String> schema, Optional<String> version) {
}
