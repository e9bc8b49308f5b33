package dev.releasegate.verifier.gate;

import dev.releasegate.verifier.report.AllureHtml;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code mvn verify} runs in its test JVM: the checklists as asked ({@link ChecklistRun}), then the HTML report
 * ({@link AllureHtml}, in this JVM, when Maven named the Allure distribution). With
 * {@code -Dverify.watch=true} it is the QA loop instead ({@link ChecklistWatch}), until Ctrl-C. The gate's exit status
 * is decided afterwards, in Maven's JVM, from run.json ({@link GateExit}), which also digests every report, the HTML
 * one included.
 */
public final class MainJob {

    private MainJob() {
    }

    public static void run(RunOptions options) throws InterruptedException {
        if (ChecklistWatch.asked()) {
            ChecklistWatch.loopForever(options);
            return;
        }
        Optional<AllureHtml> html = AllureHtml.prepare();
        try {
            long jvmAge = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long started = System.nanoTime();
            ChecklistRun.run(options);
            options.console().printf("[checklist] checked in %.1f s (this JVM had started %.1f s before)%n",
                    (System.nanoTime() - started) / 1e9, jvmAge / 1e3);
            html.ifPresent(h -> write(h, options));
        } finally {
            html.ifPresent(AllureHtml::close);
        }
    }

    private static void write(AllureHtml html, RunOptions options) {
        Path reports = options.reports();
        long started = System.nanoTime();
        String written = html.write(reports.resolve("allure-results"), reports.resolve("allure-report"));
        options.console().printf("[report] %s (%.1f s)%n", written, (System.nanoTime() - started) / 1e9);
    }
}
