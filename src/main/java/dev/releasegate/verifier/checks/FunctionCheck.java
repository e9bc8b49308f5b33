package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Functions exist, and roles may or may not execute them. */
public final class FunctionCheck {

    private FunctionCheck() {
    }

    /**
     * The one function a signature names. A name without argument types that fits several overloads is a
     * checklist error listing them, since guessing would check the wrong one.
     */
    public static Optional<Function> resolve(FunctionSignature signature, Collection<Function> functions) {
        List<Function> matching = functions.stream().filter(signature::matches).toList();
        if (matching.size() > 1) {
            throw new ChecklistBroken("function " + signature + " has " + matching.size() + " overloads: name one of "
                    + String.join(", ", matching.stream().map(Function::signature).toList()));
        }
        return matching.stream().findFirst();
    }

    public static Verdict exists(FunctionSignature signature, Collection<Function> functions, String database) {
        Optional<Function> function = resolve(signature, functions);
        String subject = "function " + signature + " in " + database;
        if (function.isPresent()) {
            Function f = function.get();
            return Verdict.pass(FailureCategory.SCHEMA_DRIFT, subject, new ComparisonTable(List.of("function", "returns", "language", "security"),
                    List.of(new ComparisonTable.Row(ComparisonTable.OK, List.of(f.signature(), f.result(), f.language(),
                            f.securityDefiner() ? "definer" : "invoker")))));
        }
        return Verdict.of(FailureCategory.SCHEMA_DRIFT, subject, List.of(Mismatch.missing("function " + signature, "does not exist" + overloads(signature, functions))));
    }

    /**
     * What follows "does not exist" for a function: its overloads when the name exists with other argument types,
     * else the functions whose names are nearest.
     */
    static String overloads(FunctionSignature signature, Collection<Function> functions) {
        List<String> sameName = functions.stream().filter(f -> f.name().equals(signature.name())).map(Function::signature).toList();
        if (!sameName.isEmpty()) {
            return " (found " + String.join(", ", sameName) + ")";
        }
        List<String> nearest = NearestNames.among(signature.name().toString(), functions.stream().map(f -> f.name().toString()).toList());
        List<String> signatures = functions.stream().filter(f -> nearest.contains(f.name().toString())).map(Function::signature)
                .sorted().limit(NearestNames.MAX).toList();
        return signatures.isEmpty() ? "" : " (did you mean " + NearestNames.orList(signatures) + "?)";
    }

    /** Whether the role may execute the function, as has_function_privilege decided it. */
    public static Verdict execute(String role, FunctionSignature signature, Collection<Function> functions, Set<String> roles,
                                  java.util.function.Function<String, Set<Long>> executableBy, boolean expected, String database) {
        Roles.requireKnown(role, roles, database);
        String subject = "role " + role + " executing " + signature + " in " + database;
        Optional<Function> function = resolve(signature, functions);
        if (function.isEmpty()) {
            return Verdict.of(FailureCategory.SECURITY, subject, List.of(Mismatch.missing("function " + signature, "does not exist" + overloads(signature, functions))));
        }
        boolean can = executableBy.apply(role).contains(function.get().oid());
        List<String> cells = List.of(role, function.get().signature(), can ? "yes" : "no", expected ? "yes" : "no");
        Verdict.Builder verdict = new Verdict.Builder(FailureCategory.SECURITY, subject, List.of("role", "function", "can execute", "expected"));
        if (can == expected) {
            verdict.ok(cells);
        } else {
            verdict.mismatch(Mismatch.differs("role " + role + " on " + function.get().signature(), can
                    ? "can execute it, expected not (check grants to the role, to PUBLIC, and to roles it is a member of)"
                    : "cannot execute it, expected it can (grant execute on function ... to " + role + ")"), cells);
        }
        return verdict.build();
    }
}
