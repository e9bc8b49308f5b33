package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.FunctionSecurity;
import dev.releasegate.verifier.catalog.FunctionSignature;

import java.util.Optional;

/**
 * One row of "these functions exist": the function, and optionally what it returns, its language, whose rights it
 * runs with, and its fixed search path ({@code none} for a function without one).
 */
public record FunctionExpectation(FunctionSignature function, Optional<String> returns, Optional<String> language,
                                  Optional<FunctionSecurity> security, Optional<String> searchPath) {
}
