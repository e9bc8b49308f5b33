package dev.releasegate.verifier.report;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import io.qameta.allure.model.WithAttachments;
import io.qameta.allure.model.WithSteps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allure's results writer with each attachment's file named by its content: {@code <sha-256>-attachment.<ext>}, written
 * once however many items attach it (every scenario that reads the same catalog attaches the same rows). An item's
 * attachments keep their names, types and contents; only the file they point to is shared. Fewer files to write, to
 * digest into SHA256SUMS and for Allure to read and type when it builds the HTML report (about three in five were
 * copies in the TrackPay checklist), and a file's name says what is in it.
 */
final class SharedAttachments implements AllureResultsWriter {

    private static final String SUFFIX = "-attachment";

    private final AllureResultsWriter files;
    /** The source name Allure gave an attachment -> the shared file holding its content, until its result is written. */
    private final Map<String, String> shared = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    SharedAttachments(AllureResultsWriter files) {
        this.files = files;
    }

    @Override
    public void write(String source, InputStream attachment) {
        byte[] content;
        try (attachment) {
            content = attachment.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int suffix = source.indexOf(SUFFIX);
        String named = RunReports.sha256(content) + (suffix < 0 ? SUFFIX : source.substring(suffix));
        shared.put(source, named);
        if (written.add(named)) {
            files.write(named, new ByteArrayInputStream(content));
        }
    }

    @Override
    public void write(TestResult result) {
        repoint(result.getAttachments());
        repointSteps(result.getSteps());
        files.write(result);
    }

    @Override
    public void write(TestResultContainer container) {
        for (List<FixtureResult> fixtures : List.of(container.getBefores(), container.getAfters())) {
            for (FixtureResult fixture : fixtures) {
                repoint(fixture.getAttachments());
                repointSteps(fixture.getSteps());
            }
        }
        files.write(container);
    }

    private void repointSteps(List<? extends WithSteps> steps) {
        for (WithSteps step : steps) {
            if (step instanceof WithAttachments attached) {
                repoint(attached.getAttachments());
            }
            repointSteps(step.getSteps());
        }
    }

    private void repoint(List<io.qameta.allure.model.Attachment> attachments) {
        for (io.qameta.allure.model.Attachment attachment : attachments) {
            String named = attachment.getSource() == null ? null : shared.remove(attachment.getSource());
            if (named != null) {
                attachment.setSource(named);
            }
        }
    }
}
