package dev.releasegate.verifier;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.writer.WriteChecklist;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -q verify -Dverify.write-checklist=staging}: writes the checklist of a database instead of running the
 * checklists (the pom's write-checklist profile has failsafe run this class, and only this one, when the property is set).
 */
class WriteChecklistIT {

    @Test
    void writeTheChecklistOfTheNamedDatabase() {
        try {
            WriteChecklist.fromProcess().summary().forEach(System.out::println);
        } catch (ChecklistBroken e) {
            throw new NoChecklistWritten(e.getMessage());
        }
    }

    /** The build fails with the reason, in the reader's words, and without a stack trace: the reason is the whole story. */
    private static final class NoChecklistWritten extends AssertionError {
        NoChecklistWritten(String reason) {
            super("no checklist written: " + reason);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
