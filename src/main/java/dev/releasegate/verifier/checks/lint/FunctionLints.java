package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.ExtensionVersions;
import dev.releasegate.verifier.catalog.LintFunction;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The lints about functions and extensions: mutable search paths, definer functions the API roles may call, extension placement. */
final class FunctionLints {

    private FunctionLints() {
    }

    static List<Finding> functionSearchPathMutable(LintInput in) {
        return in.facts.functions().stream().filter(f -> !LintInput.platform(f.function().name().schema())).filter(f -> !f.extensionOwned())
                .filter(f -> f.function().settings().stream().noneMatch(s -> LikePattern.matches(s, "search_path=%")))
                .map(f -> in.finding(Lint.FUNCTION_SEARCH_PATH_MUTABLE, in.object(f), "no search_path is set on it")).toList();
    }

    static List<Finding> anonSecurityDefinerFunctionExecutable(LintInput in) {
        return definerCallableBy(in, Lint.ANON_SECURITY_DEFINER_FUNCTION_EXECUTABLE, "anon", LintFunction::anonCanExecute);
    }

    static List<Finding> authenticatedSecurityDefinerFunctionExecutable(LintInput in) {
        return definerCallableBy(in, Lint.AUTHENTICATED_SECURITY_DEFINER_FUNCTION_EXECUTABLE, "authenticated",
                LintFunction::authenticatedCanExecute);
    }

    private static List<Finding> definerCallableBy(LintInput in, Lint lint, String role, Function<LintFunction, Optional<Boolean>> executes) {
        return in.facts.functions().stream().filter(f -> f.function().securityDefiner()).filter(f -> executes.apply(f).orElse(false))
                .filter(f -> in.exposed(f.function().name().schema())).filter(f -> !LintInput.platform(f.function().name().schema()))
                .map(f -> in.finding(lint, in.object(f), "security definer, executable by " + role)).toList();
    }

    static List<Finding> extensionInPublic(LintInput in) {
        return in.facts.extensions().stream().filter(e -> !e.name().equals("plpgsql")).filter(e -> e.schema().equals("public"))
                .map(e -> in.finding(Lint.EXTENSION_IN_PUBLIC, extension(e), "installed in schema public")).toList();
    }

    static List<Finding> extensionVersionsOutdated(LintInput in) {
        return in.facts.extensions().stream().filter(ExtensionVersions::installedVersionAvailable)
                .filter(e -> e.defaultVersion().isPresent() && !e.defaultVersion().get().equals(e.installedVersion()))
                .map(e -> in.finding(Lint.EXTENSION_VERSIONS_OUTDATED, extension(e), "version " + e.installedVersion() + " is installed, "
                        + e.defaultVersion().get() + " is available")).toList();
    }

    private static FindingObject extension(ExtensionVersions extension) {
        return FindingObject.unqualified(extension.name(), List.of());
    }
}
