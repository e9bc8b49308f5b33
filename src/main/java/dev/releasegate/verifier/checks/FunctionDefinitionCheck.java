package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSignature;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a function's code says (pg_get_functiondef), and whether security definer functions fix their search path. */
public final class FunctionDefinitionCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private FunctionDefinitionCheck() {
    }

    /** The definition holds the text, once white space is collapsed on both sides; case counts. */
    public static Verdict contains(FunctionSignature signature, String text, Collection<Function> functions, String database) {
        String subject = "definition of " + signature + " in " + database;
        Optional<Function> found = FunctionCheck.resolve(signature, functions);
        if (found.isEmpty()) {
            return Verdict.of(CATEGORY, subject, List.of(Mismatch.missing("function " + signature, "does not exist"
                    + FunctionCheck.overloads(signature, functions))));
        }
        Function function = found.get();
        String definition = collapse(function.definition());
        String wanted = collapse(text);
        boolean contains = definition.contains(wanted);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, subject, List.of("function", "contains", "found"));
        List<String> cells = List.of(function.signature(), text, contains ? "yes" : "no");
        if (contains) {
            return verdict.ok(cells).build();
        }
        String hint = function.definition() == null ? " (it has no definition to show: " + function.kind() + ")"
                : definition.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT)) ? " (it does in another case)" : "";
        return verdict.mismatch(Mismatch.missing("function " + function.signature(), "definition does not contain \"" + text + "\"" + hint),
                cells).build();
    }

    /** Every security definer function of the schema sets search_path, so callers cannot hijack the names it uses. */
    public static Verdict definersHaveFixedSearchPath(String schema, boolean schemaExists, Collection<Function> functions, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "security definer functions in schema " + schema + " in " + database,
                List.of("function", "security", "search path"));
        if (!schemaExists) {
            return verdict.problem(Mismatch.missing("schema " + schema, "does not exist")).build();
        }
        List<Function> definers = functions.stream().filter(f -> f.name().schema().equals(schema) && f.securityDefiner()).toList();
        for (Function function : definers) {
            List<String> cells = List.of(function.signature(), "definer", function.searchPath().orElse("(not set)"));
            if (function.searchPath().isPresent()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs("function " + function.signature(),
                        "security definer without a fixed search path (add SET search_path = ... to the function)"), cells);
            }
        }
        if (definers.isEmpty()) {
            verdict.ok(List.of("(schema " + schema + " has no security definer functions)", "", ""));
        }
        return verdict.build();
    }

    private static String collapse(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ");
    }
}
