package dev.releasegate.verifier.report;

import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;

import java.nio.file.Path;

/**
 * Allure's Cucumber plugin writing into the folder it is given ({@code dev.releasegate.verifier.report.AllureResults:reports/allure-results}),
 * with a lifecycle of its own: Allure's shared one fixes its folder once per JVM, and runs side by side need their own.
 * Attachments with the same content share one file ({@link SharedAttachments}); every file is written when the run ends.
 */
public final class AllureResults extends AllureCucumber7Jvm {

    private final SharedAttachments files;

    public AllureResults(String folder) {
        this(new SharedAttachments(new FileSystemResultsWriter(Path.of(folder))));
    }

    private AllureResults(SharedAttachments files) {
        super(new AllureLifecycle(files));
        this.files = files;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        super.setEventPublisher(publisher);
        publisher.registerHandlerFor(TestRunFinished.class, finished -> files.finish());
    }
}
