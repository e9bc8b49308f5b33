package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.project.EdgeFunction;
import dev.releasegate.verifier.project.FunctionStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Edge Functions deployed to a project, as the Management API lists them, against the checklist's. A function is
 * deployed when it is listed and not REMOVED; a row's status, verify JWT and version are checked where it gives them.
 */
public final class EdgeFunctionCheck {

    /** A function missing, left behind or deployed differently is the project drifting from its release. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private static final List<String> HEADER = List.of("function", "status", "verify jwt", "version", "updated at");

    private EdgeFunctionCheck() {
    }

    /** Every row is deployed as it says; other functions may be deployed too. */
    public static Verdict deployed(List<EdgeFunctionExpectation> expected, List<EdgeFunction> actual, String project) {
        return compare(expected, actual, project, false);
    }

    /** Every row is deployed as it says, and nothing else is. */
    public static Verdict exactlyDeployed(List<EdgeFunctionExpectation> expected, List<EdgeFunction> actual, String project) {
        return compare(expected, actual, project, true);
    }

    /** The function is not listed, or is listed as REMOVED. */
    public static Verdict notDeployed(String slug, List<EdgeFunction> actual, String project) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "Edge Function " + slug + " in " + project, HEADER);
        Optional<EdgeFunction> found = actual.stream().filter(f -> f.slug().equals(slug)).findFirst();
        if (found.isEmpty()) {
            return verdict.ok(List.of(slug, "not listed", "", "", "")).build();
        }
        EdgeFunction function = found.get();
        if (!function.deployed()) {
            return verdict.ok(cells(function)).build();
        }
        return verdict.mismatch(Mismatch.unexpected("Edge Function " + slug, "is deployed to " + project + " (status "
                + function.status() + ", version " + function.version() + "), expected not deployed"), cells(function)).build();
    }

    private static Verdict compare(List<EdgeFunctionExpectation> expected, List<EdgeFunction> actual, String project, boolean exactly) {
        if (expected.isEmpty()) {
            throw new ChecklistBroken("the table of Edge Functions has a header but no rows: a checklist never means 'nothing to check'");
        }
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, (exactly ? "exactly these " : "") + "Edge Functions deployed to " + project,
                HEADER);
        Set<String> named = new HashSet<>();
        for (EdgeFunctionExpectation row : expected) {
            named.add(row.slug());
            Optional<EdgeFunction> found = actual.stream().filter(f -> f.slug().equals(row.slug())).findFirst();
            if (found.isEmpty()) {
                verdict.mismatch(Mismatch.missing("Edge Function " + row.slug(), "is not deployed to " + project + listed(actual)),
                        List.of(row.slug(), "", "", "", ""));
                continue;
            }
            EdgeFunction function = found.get();
            List<String> problems = problems(row, function);
            if (problems.isEmpty()) {
                verdict.ok(cells(function));
            } else {
                verdict.mismatch(Mismatch.differs("Edge Function " + row.slug(), String.join("; ", problems)), cells(function));
            }
        }
        if (exactly) {
            for (EdgeFunction function : actual) {
                if (function.deployed() && !named.contains(function.slug())) {
                    verdict.mismatch(Mismatch.unexpected("Edge Function " + function.slug(), "is deployed to " + project
                            + " (status " + function.status() + ", version " + function.version() + ") but not in the checklist"), cells(function));
                }
            }
        }
        return verdict.build();
    }

    private static List<String> problems(EdgeFunctionExpectation row, EdgeFunction function) {
        List<String> problems = new ArrayList<>();
        if (row.status().isPresent()) {
            if (!row.status().get().is(function.status())) {
                problems.add("status is " + function.status() + ", expected " + row.status().get());
            }
        } else if (!function.deployed()) {
            problems.add("is " + FunctionStatus.REMOVED + ", expected deployed");
        }
        row.verifyJwt().ifPresent(expected -> {
            if (function.verifyJwt().isEmpty()) {
                problems.add("verify JWT is not reported by the API, expected " + yesNo(expected));
            } else if (function.verifyJwt().get() != expected) {
                problems.add("verify JWT is " + yesNo(function.verifyJwt().get()) + ", expected " + yesNo(expected));
            }
        });
        row.version().filter(v -> v != function.version())
                .ifPresent(v -> problems.add("version is " + function.version() + ", expected " + v));
        return problems;
    }

    private static String listed(List<EdgeFunction> actual) {
        long deployed = actual.stream().filter(EdgeFunction::deployed).count();
        return deployed == 0 ? " (no Edge Function is deployed there)" : " (" + deployed + (deployed == 1 ? " function is" : " functions are")
                + " deployed there)";
    }

    private static List<String> cells(EdgeFunction function) {
        return List.of(function.slug(), function.status(), function.verifyJwt().map(EdgeFunctionCheck::yesNo).orElse(""),
                String.valueOf(function.version()), function.updatedAt().map(String::valueOf).orElse(""));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
