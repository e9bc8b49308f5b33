package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;
import java.util.Optional;

/** One row of "these policies exist"; everything but table and policy name is optional. */
public record PolicyExpectation(QualifiedName table, String name, Optional<PolicyCommand> command, Optional<List<String>> roles,
                                Optional<String> using, Optional<String> withCheck, Optional<Boolean> permissive) {
}
