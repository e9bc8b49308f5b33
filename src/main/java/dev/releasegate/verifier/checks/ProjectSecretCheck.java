package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.project.ProjectSecret;
import dev.releasegate.verifier.project.SecretFingerprint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A project's Edge Function secrets: set by name, and different between two projects. Values are compared by the
 * fingerprints of what the API returned (digests), never seen: the table says only "set", "not set", "same" or
 * "different".
 */
public final class ProjectSecretCheck {

    /** A secret missing, or copied from another environment, is a security finding. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private ProjectSecretCheck() {
    }

    /** Every name is set in the project. */
    public static Verdict set(List<String> names, List<ProjectSecret> secrets, String project) {
        requireNames(names);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "secrets set in " + project, List.of("secret", project));
        for (String name : names) {
            if (find(name, secrets).isPresent()) {
                verdict.ok(List.of(name, "set"));
            } else {
                verdict.mismatch(Mismatch.missing("secret " + name, "is not set in " + project + similar(name, secrets)),
                        List.of(name, "not set"));
            }
        }
        return verdict.build();
    }

    /** Every name is set in both projects, with different values. */
    public static Verdict differ(List<String> names, List<ProjectSecret> first, String firstProject, List<ProjectSecret> second,
                                 String secondProject) {
        requireNames(names);
        if (firstProject.equals(secondProject)) {
            throw new ChecklistBroken("the secrets of " + firstProject + " are compared with themselves: name two different projects");
        }
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "secrets that differ between " + firstProject + " and " + secondProject,
                List.of("secret", firstProject, secondProject, "values"));
        for (String name : names) {
            Optional<ProjectSecret> a = find(name, first);
            Optional<ProjectSecret> b = find(name, second);
            if (a.isEmpty() || b.isEmpty()) {
                String where = a.isEmpty() && b.isEmpty() ? firstProject + " nor in " + secondProject : a.isEmpty() ? firstProject : secondProject;
                verdict.mismatch(Mismatch.missing("secret " + name, "is not set in " + where + ", so its values cannot differ"),
                        List.of(name, a.isPresent() ? "set" : "not set", b.isPresent() ? "set" : "not set", ""));
                continue;
            }
            SecretFingerprint x = fingerprint(a.get(), firstProject);
            SecretFingerprint y = fingerprint(b.get(), secondProject);
            if (x.equals(y)) {
                verdict.mismatch(Mismatch.unexpected("secret " + name, "has the same value in " + firstProject + " and " + secondProject
                        + ": a value was copied from one environment to the other"), List.of(name, "set", "set", "same"));
            } else {
                verdict.ok(List.of(name, "set", "set", "different"));
            }
        }
        return verdict.build();
    }

    private static void requireNames(List<String> names) {
        if (names.isEmpty()) {
            throw new ChecklistBroken("the table of secrets has a header but no rows: a checklist never means 'nothing to check'");
        }
    }

    private static Optional<ProjectSecret> find(String name, List<ProjectSecret> secrets) {
        return secrets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static SecretFingerprint fingerprint(ProjectSecret secret, String project) {
        return secret.value().orElseThrow(() -> new ChecklistBroken("the Management API returned no digest for secret " + secret.name()
                + " of " + project + ": its value cannot be compared"));
    }

    /** Secret names are case-sensitive in Deno.env.get: a near miss is worth naming. */
    private static String similar(String name, List<ProjectSecret> secrets) {
        return secrets.stream().map(ProjectSecret::name).filter(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst().map(n -> " (" + n + " is: names are case-sensitive)").orElse("");
    }
}
