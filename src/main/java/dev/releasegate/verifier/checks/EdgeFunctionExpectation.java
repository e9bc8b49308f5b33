package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.project.FunctionStatus;

import java.util.Optional;

/** A row of "these Edge Functions are deployed": the slug, and what is checked of it where the row says so. */
public record EdgeFunctionExpectation(String slug, Optional<FunctionStatus> status, Optional<Boolean> verifyJwt,
                                      Optional<Integer> version) {
}
