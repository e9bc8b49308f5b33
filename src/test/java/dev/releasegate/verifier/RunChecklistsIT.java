package dev.releasegate.verifier;

import dev.releasegate.verifier.gate.ChecklistWatch;
import dev.releasegate.verifier.gate.MainJob;
import dev.releasegate.verifier.gate.RunOptions;
import org.junit.jupiter.api.Test;

/**
 * The main job ({@link MainJob}): every checklist under features/ (or as asked with -Dcucumber.features,
 * -Dcucumber.filter.tags), with the reports CI systems read and the HTML report. It never fails: the run's verdict is
 * the exit status the last step of {@code mvn verify} reads from reports/run.json ({@code GateExit}), after every report
 * is written. A test that failed would also put
 * the JVM's system properties, database URLs given with -D among them, into target/failsafe-reports.
 * With {@code -Dverify.watch=true} it is the QA loop instead ({@link ChecklistWatch}), until Ctrl-C.
 */
class RunChecklistsIT {

    @Test
    void checklists() {
        try {
            MainJob.run(RunOptions.ofProcess());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            System.out.println("[checklist] the run stopped: " + e.getMessage());
        }
    }
}
