package dev.releasegate.verifier.report;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.steps.ChecklistItemFailed;
import dev.releasegate.verifier.vocabulary.Suggestions;
import io.cucumber.plugin.event.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What became of one scenario, as the manifest and the console say it: passed, failed (an item was false),
 * broken (an item could not be checked) or skipped, with the category, the step and the message in checklist words.
 */
record ScenarioVerdict(String feature, int line, String name, List<String> tags, Outcome outcome,
                       Optional<FailureCategory> category, Optional<String> step, List<String> message) {

    /** Lines of a failure message shown in the console and the manifest; the report has the rest. */
    static final int MESSAGE_LINES = 6;

    enum Outcome {
        PASSED, FAILED, BROKEN, SKIPPED;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A false item is failed, an item that could not be checked is broken; an undefined or ambiguous step is broken too. */
    static ScenarioVerdict of(String feature, int line, String name, List<String> tags, Result result, Optional<String> step) {
        Throwable error = result.getError();
        Outcome outcome;
        FailureCategory category = null;
        List<String> message = List.of();
        switch (result.getStatus()) {
            case PASSED -> outcome = Outcome.PASSED;
            case SKIPPED, PENDING -> outcome = Outcome.SKIPPED;
            case UNDEFINED -> {
                outcome = Outcome.BROKEN;
                category = FailureCategory.BROKEN_CHECKLIST;
                message = undefinedStep(step);
            }
            default -> {
                if (error instanceof ChecklistItemFailed failed) {
                    outcome = Outcome.FAILED;
                    category = failed.category();
                } else if (error instanceof AssertionError) {
                    outcome = Outcome.FAILED;
                } else {
                    outcome = Outcome.BROKEN;
                    category = error instanceof ChecklistBroken broken && broken.isConfiguration()
                            ? FailureCategory.CONFIGURATION : FailureCategory.BROKEN_CHECKLIST;
                }
                message = summary(error);
            }
        }
        return new ScenarioVerdict(feature, line, name, List.copyOf(tags), outcome, Optional.ofNullable(category), step, message);
    }

    /** What an undefined step is told: where every sentence is, and the sentences closest to it. */
    static List<String> undefinedStep(Optional<String> step) {
        List<String> lines = new ArrayList<>(List.of("undefined step: this sentence is not in the vocabulary"
                + " (every sentence: " + Suggestions.PAGE + ")"));
        step.ifPresent(s -> lines.addAll(Suggestions.ofGlue().didYouMean(s)));
        return List.copyOf(lines);
    }

    /** The message up to its first blank line (the table after it is in the report), at most {@link #MESSAGE_LINES} lines. */
    static List<String> summary(Throwable error) {
        if (error == null) {
            return List.of();
        }
        String text = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
        List<String> lines = text.lines().takeWhile(l -> !l.isBlank()).map(String::stripTrailing).toList();
        if (lines.size() <= MESSAGE_LINES) {
            return lines;
        }
        List<String> shown = new java.util.ArrayList<>(lines.subList(0, MESSAGE_LINES));
        shown.add("  ... " + (lines.size() - MESSAGE_LINES) + " more in the report");
        return shown;
    }

    String where() {
        return feature + ":" + line;
    }
}
