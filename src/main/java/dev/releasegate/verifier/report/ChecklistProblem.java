package dev.releasegate.verifier.report;

import dev.releasegate.verifier.outcome.FailureCategory;

import java.util.Optional;

/**
 * Something that kept a run from reaching the items it was asked for, reported as a broken item of its own: a checklist
 * file that could not be read (not UTF-8, not Gherkin, empty), a path that does not exist, a filter that is not valid.
 *
 * @param where   the file as the person running it wrote it, or the setting ({@code -Dcucumber.filter.tags})
 * @param line    the line of the file the problem is on, 0 when it is about the whole file or a setting
 * @param message what is wrong and what to do, in one line
 * @param sha256  the digest of the file's bytes, when there is a file to digest
 */
public record ChecklistProblem(String where, int line, String message, FailureCategory category, Optional<String> sha256) {

    /** A checklist file the run could not read as a checklist: the checklist must be fixed. */
    public static ChecklistProblem unreadable(String file, int line, String message, String sha256) {
        return new ChecklistProblem(file, line, message, FailureCategory.BROKEN_CHECKLIST, Optional.ofNullable(sha256));
    }

    /** A setting of the run (a path, a filter) that is wrong: the run's configuration must be fixed. */
    public static ChecklistProblem setting(String where, String message) {
        return new ChecklistProblem(where, 0, message, FailureCategory.CONFIGURATION, Optional.empty());
    }

    /** "features/a.feature:5", or the setting. */
    public String location() {
        return line > 0 ? where + ":" + line : where;
    }

    /** The name this problem has where a scenario's name would be (console, junit.xml, Allure). */
    public String title() {
        return category == FailureCategory.CONFIGURATION ? "a setting of the run is wrong" : "this checklist file could not be read";
    }
}
