package dev.releasegate.verifier.report;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;

import java.nio.file.Path;

/**
 * Allure's Cucumber plugin writing into the folder it is given ({@code dev.releasegate.verifier.report.AllureResults:reports/allure-results}),
 * with a lifecycle of its own: Allure's shared one fixes its folder once per JVM, and runs side by side need their own.
 * Attachments with the same content share one file ({@link SharedAttachments}).
 */
public final class AllureResults extends AllureCucumber7Jvm {

    public AllureResults(String folder) {
        super(new AllureLifecycle(new SharedAttachments(new FileSystemResultsWriter(Path.of(folder)))));
    }
}
