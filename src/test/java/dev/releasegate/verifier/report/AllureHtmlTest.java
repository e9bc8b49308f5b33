package dev.releasegate.verifier.report;

import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report written in this JVM from the distribution the build unpacked (Maven names it with verifier.allure.home). */
class AllureHtmlTest {

    @TempDir
    Path folder;

    @Test
    void writesTheSingleFileReportOfTheResults() throws IOException {
        Path results = folder.resolve("allure-results");
        new FileSystemResultsWriter(results).write(new TestResult().setUuid("u1").setName("RLS is on everywhere")
                .setFullName("features/rls.feature: RLS is on everywhere").setStatus(Status.PASSED));
        Path report = folder.resolve("allure-report");
        String line;
        try (AllureHtml html = AllureHtml.prepare().orElseThrow()) {
            line = html.write(results, report);
        }
        assertThat(line).isEqualTo("the HTML report is " + report.resolve("index.html"));
        String index = Files.readString(report.resolve("index.html"));
        assertThat(index).contains("<html").contains("data/test-cases/");
        assertThat(results.resolve("executor.json")).exists();
    }

    @Test
    void aMissingDistributionIsSaidInOneLine() {
        String line;
        try (AllureHtml html = AllureHtml.prepare(folder.resolve("no-allure-here"))) {
            line = html.write(folder.resolve("allure-results"), folder.resolve("allure-report"));
        }
        assertThat(line).isEqualTo("the HTML report could not be written: no Allure distribution in "
                + folder.resolve("no-allure-here") + " (its lib/ and plugins/ are missing; `mvn verify` unpacks it with allure:install)");
        assertThat(folder.resolve("allure-report")).doesNotExist();
    }
}
