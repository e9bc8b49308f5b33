package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSecurity;
import dev.releasegate.verifier.catalog.TypeNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Functions exist with the expected result type, language, security and search path. */
public final class FunctionPropertiesCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private static final List<String> HEADER = List.of("function", "returns", "language", "security", "search path");

    private FunctionPropertiesCheck() {
    }

    public static Verdict exist(List<FunctionExpectation> expected, Collection<Function> functions, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "functions in " + database, HEADER);
        for (FunctionExpectation row : expected) {
            Optional<Function> found = FunctionCheck.resolve(row.function(), functions);
            if (found.isEmpty()) {
                verdict.mismatch(Mismatch.missing("function " + row.function(),
                                "does not exist" + FunctionCheck.overloads(row.function(), functions)),
                        List.of(row.function().toString(), row.returns().orElse(""), row.language().orElse(""),
                                row.security().map(FunctionSecurity::word).orElse(""), row.searchPath().orElse("")));
                continue;
            }
            Function function = found.get();
            List<String> problems = new ArrayList<>();
            row.returns().filter(r -> !sameResult(r, function.result()))
                    .ifPresent(r -> problems.add("returns " + function.result() + ", expected " + r));
            row.language().filter(l -> !l.equalsIgnoreCase(function.language()))
                    .ifPresent(l -> problems.add("language is " + function.language() + ", expected " + l));
            row.security().filter(s -> s != FunctionSecurity.of(function))
                    .ifPresent(s -> problems.add("is security " + FunctionSecurity.of(function).word() + ", expected security " + s.word()));
            row.searchPath().filter(p -> !sameSearchPath(p, function.searchPath()))
                    .ifPresent(p -> problems.add(function.searchPath().map(a -> "search path is " + a + ", expected " + p)
                            .orElse("has no fixed search path, expected " + p)));
            List<String> cells = List.of(function.signature(), function.result(), function.language(), FunctionSecurity.of(function).word(),
                    function.searchPath().orElse("(not set)"));
            if (problems.isEmpty()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs("function " + function.signature(), String.join("; ", problems)), cells);
            }
        }
        return verdict.build();
    }

    static boolean sameResult(String expected, String actual) {
        return SqlText.normalise(expected).equals(SqlText.normalise(actual)) || TypeNames.same(expected, actual);
    }

    /** "public, pg_temp" = "public,pg_temp" = "\"public\", pg_temp"; {@code none} means no search path is set. */
    static boolean sameSearchPath(String expected, Optional<String> actual) {
        if (expected.trim().equalsIgnoreCase("none")) {
            return actual.isEmpty();
        }
        return actual.isPresent() && schemas(expected).equals(schemas(actual.get()));
    }

    private static List<String> schemas(String searchPath) {
        return Arrays.stream(searchPath.split(",", -1)).map(String::trim)
                .map(s -> s.replaceAll("^[\"']|[\"']$", "").replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT)).toList();
    }
}
