package dev.releasegate.verifier.catalog;

import java.util.Optional;

/**
 * A function, procedure or aggregate as the database linter sees it: the function (without its definition),
 * whether an extension owns it, and whether {@code anon} and {@code authenticated} may execute it (empty where
 * the role does not exist).
 */
public record LintFunction(Function function, boolean extensionOwned, Optional<Boolean> anonCanExecute,
                           Optional<Boolean> authenticatedCanExecute) {
}
