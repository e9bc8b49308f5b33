package dev.releasegate.verifier.report;

import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedAttachmentsTest {

    @TempDir
    Path results;

    @Test
    void theSameContentAttachedByTwoItemsIsOneFileBothPointTo() throws IOException {
        SharedAttachments writer = new SharedAttachments(new FileSystemResultsWriter(results));
        TestResult first = result("first", step(attachment("relations", "a-attachment.csv")));
        TestResult second = result("second", step(attachment("relations", "b-attachment.csv"), attachment("sql", "c-attachment.sql")));
        writer.write("a-attachment.csv", content("table,rls\nusers,true\n"));
        writer.write(first);
        writer.write("b-attachment.csv", content("table,rls\nusers,true\n"));
        writer.write("c-attachment.sql", content("select 1"));
        writer.write(second);
        writer.finish();

        assertThat(attachmentFiles()).hasSize(2);
        String shared = first.getSteps().get(0).getAttachments().get(0).getSource();
        assertThat(second.getSteps().get(0).getAttachments().get(0).getSource()).isEqualTo(shared);
        assertThat(shared).isEqualTo(RunReports.sha256("table,rls\nusers,true\n".getBytes(StandardCharsets.UTF_8)) + "-attachment.csv");
        assertThat(Files.readString(results.resolve(shared))).isEqualTo("table,rls\nusers,true\n");
        Attachment sql = second.getSteps().get(0).getAttachments().get(1);
        assertThat(sql.getName()).isEqualTo("sql");
        assertThat(sql.getType()).isEqualTo("text/plain");
        assertThat(Files.readString(results.resolve(sql.getSource()))).isEqualTo("select 1");
    }

    @Test
    void attachmentsOfTestsNestedStepsAndHooksArePointedAtTheirFiles() throws IOException {
        SharedAttachments writer = new SharedAttachments(new FileSystemResultsWriter(results));
        StepResult inner = step(attachment("rows", "n-attachment.csv"));
        StepResult outer = step().setSteps(List.of(inner));
        TestResult result = result("nested", outer);
        result.getAttachments().add(attachment("on the test", "t-attachment.txt"));
        FixtureResult hook = new FixtureResult().setName("after");
        hook.getAttachments().add(attachment("from a hook", "h-attachment.txt"));
        writer.write("n-attachment.csv", content("x\n1\n"));
        writer.write("t-attachment.txt", content("test"));
        writer.write("h-attachment.txt", content("hook"));
        writer.write(result);
        writer.write(new TestResultContainer().setUuid("c").setAfters(List.of(hook)));
        writer.finish();

        for (Attachment attachment : List.of(inner.getAttachments().get(0), result.getAttachments().get(0), hook.getAttachments().get(0))) {
            assertThat(results.resolve(attachment.getSource())).as(attachment.getName()).exists();
        }
        assertThat(attachmentFiles()).hasSize(3);
    }

    @Test
    void aWriteThatFailedIsThrownWhenTheRunFinishes() throws IOException {
        Path notAFolder = Files.writeString(results.resolve("taken"), "a file where the folder should be");
        SharedAttachments writer = new SharedAttachments(new FileSystemResultsWriter(notAFolder));
        writer.write("a-attachment.csv", content("x\n"));
        assertThatThrownBy(writer::finish).isInstanceOf(RuntimeException.class);
    }

    private List<Path> attachmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(f -> f.getFileName().toString().contains("-attachment")).toList();
        }
    }

    private static ByteArrayInputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static TestResult result(String name, StepResult... steps) {
        return new TestResult().setUuid(name).setName(name).setSteps(new java.util.ArrayList<>(List.of(steps)));
    }

    private static StepResult step(Attachment... attachments) {
        return new StepResult().setName("step").setAttachments(new java.util.ArrayList<>(List.of(attachments)));
    }

    private static Attachment attachment(String name, String source) {
        return new Attachment().setName(name).setSource(source).setType(source.endsWith(".csv") ? "text/csv" : "text/plain");
    }
}
