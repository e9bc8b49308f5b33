package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.checks.Mismatch;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges the findings of one category against a level threshold and the checklist's exceptions: every finding not
 * excused fails the item, an expired exception excuses nothing, and an exception that excuses nothing is reported.
 */
public final class FindingsCheck {

    private FindingsCheck() {
    }

    public static Verdict verdict(LintRun run, LintLevel threshold, List<FindingException> exceptions, LocalDate today, String database,
                                  String defaultSchema) {
        for (FindingException e : exceptions) {
            requireSameCategory(e, run.category());
        }
        List<Lint> judged = Lint.of(run.category()).stream().filter(l -> l.level().atLeast(threshold)).toList();
        long skipped = judged.stream().filter(run.skipped()::containsKey).count();
        String exposed = run.category() == LintCategory.SECURITY ? "exposed schemas: " + run.exposed() + "; " : "";
        Verdict.Builder verdict = new Verdict.Builder(run.category().failure(), run.category().word() + " findings in " + database
                + levelWords(threshold) + " (" + exposed + (judged.size() - skipped) + " lints checked"
                + (skipped > 0 ? ", " + skipped + " skipped" : "") + ")", List.of("finding", "level", "object", "detail", "status"));
        Set<FindingException> used = new HashSet<>();
        for (Finding finding : run.findings()) {
            if (!finding.lint().level().atLeast(threshold)) {
                continue;
            }
            List<String> cells = List.of(finding.lint().id(), finding.lint().level().name(), finding.object().display(defaultSchema),
                    finding.detail());
            List<FindingException> matching = exceptions.stream().filter(e -> e.excuses(finding, defaultSchema)).toList();
            used.addAll(matching);
            Optional<FindingException> valid = matching.stream().filter(e -> !e.expired(today)).findFirst();
            if (valid.isPresent()) {
                verdict.excepted(append(cells, valid.get().status()));
            } else if (!matching.isEmpty()) {
                FindingException expired = matching.get(0);
                verdict.mismatch(Mismatch.unexpected(finding.heading(defaultSchema), finding.explanation() + " (the exception for it expired on "
                        + expired.until().orElseThrow() + expired.reason().map(r -> "; its reason was: " + r).orElse("") + ")"),
                        append(cells, "exception expired on " + expired.until().orElseThrow()));
            } else {
                verdict.mismatch(finding.mismatch(defaultSchema), append(cells, "found"));
            }
        }
        for (FindingException e : exceptions) {
            Optional<String> notChecked = notChecked(e, run, threshold);
            if (notChecked.isPresent()) {
                verdict.excepted(List.of(e.lint().id(), e.lint().level().name(), e.object(), "", notChecked.get() + e.aliasNote()));
            } else if (!used.contains(e)) {
                verdict.staleException(e.toString(), database + " has no such finding");
            }
        }
        return verdict.build();
    }

    /** An exception under the other sentence is a checklist error, but for the lints the security sentence used to check. */
    private static void requireSameCategory(FindingException e, LintCategory category) {
        if (e.lint().category() != category && !(category == LintCategory.SECURITY && e.lint().movedFromSecurity())) {
            throw new ChecklistBroken(e.written() + " is a " + e.lint().category().word() + " lint: except it under"
                    + " \"Then the database has no " + e.lint().category().word() + " findings, except:\"");
        }
    }

    /** Why an exception is not judged by this item: a lint of the other category, below the threshold, or skipped here. */
    private static Optional<String> notChecked(FindingException e, LintRun run, LintLevel threshold) {
        if (e.lint().category() != run.category()) {
            return Optional.of("not checked here: " + e.lint().id() + " is a " + e.lint().category().word() + " lint (splinter's category);"
                    + " \"the database has no " + e.lint().category().word() + " findings\" checks it");
        }
        if (!e.lint().level().atLeast(threshold)) {
            return Optional.of("not checked here: " + e.lint().level() + " is below level " + threshold);
        }
        return Optional.ofNullable(run.skipped().get(e.lint())).map(why -> "not checked here: the lint was skipped, " + why);
    }

    /** One line per lint of the category: its level and how many findings, or why it was skipped or not judged. */
    public static String lintsChecked(LintRun run, LintLevel threshold, String database) {
        Map<Lint, Long> counts = run.findings().stream().collect(Collectors.groupingBy(Finding::lint, Collectors.counting()));
        List<String> lines = new ArrayList<>();
        lines.add(run.category().word() + " lints (splinter's) on " + database + levelWords(threshold) + "; exposed schemas: "
                + run.exposed().explained());
        for (Lint lint : Lint.of(run.category())) {
            String head = lint.id() + " (" + lint.level() + "): ";
            if (!lint.level().atLeast(threshold)) {
                lines.add("  not judged  " + head + "below level " + threshold);
            } else if (run.skipped().containsKey(lint)) {
                lines.add("  skipped     " + head + run.skipped().get(lint));
            } else {
                long n = counts.getOrDefault(lint, 0L);
                lines.add("  checked     " + head + (n == 0 ? "no finding" : n == 1 ? "1 finding" : n + " findings"));
            }
        }
        return String.join("\n", lines);
    }

    private static String levelWords(LintLevel threshold) {
        return threshold == LintLevel.INFO ? ", every level" : threshold == LintLevel.ERROR ? ", level ERROR" : ", level " + threshold + " or above";
    }

    private static List<String> append(List<String> cells, String cell) {
        List<String> out = new ArrayList<>(cells);
        out.add(cell);
        return out;
    }
}
