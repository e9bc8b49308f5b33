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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Allure's results writer with each attachment's file named by its content: {@code <sha-256>-attachment.<ext>}, written
 * once however many items attach it (every scenario that reads the same catalog attaches the same rows). An item's
 * attachments keep their names, types and contents; only the file they point to is shared. Fewer files to write, to
 * digest into SHA256SUMS and for Allure to read and type when it builds the HTML report (about three in five were
 * copies in the TrackPay checklist), and a file's name says what is in it.
 *
 * <p>The files are written in order by one thread of their own, so the checklist's thread never waits for the file
 * system (creating a file cost about a millisecond here, a thousand of them per thousand items); {@link #finish}, at
 * the end of the run, waits for the last one and reports the first write that failed.
 */
final class SharedAttachments implements AllureResultsWriter {

    private static final String SUFFIX = "-attachment";

    private final AllureResultsWriter files;
    /** The source name Allure gave an attachment -> the shared file holding its content, until its result is written. */
    private final Map<String, String> shared = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "allure-results-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RuntimeException> failed = new AtomicReference<>();

    SharedAttachments(AllureResultsWriter files) {
        this.files = files;
    }

    /** Waits until every file handed over is written; the first write that failed is thrown here. */
    void finish() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Allure's results were still being written after 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Allure's results were written", e);
        }
        RuntimeException failure = failed.get();
        if (failure != null) {
            throw failure;
        }
    }

    private void later(Runnable write) {
        writer.execute(() -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
            }
        });
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
            later(() -> files.write(named, new ByteArrayInputStream(content)));
        }
    }

    @Override
    public void write(TestResult result) {
        repoint(result.getAttachments());
        repointSteps(result.getSteps());
        later(() -> files.write(result));
    }

    @Override
    public void write(TestResultContainer container) {
        for (List<FixtureResult> fixtures : List.of(container.getBefores(), container.getAfters())) {
            for (FixtureResult fixture : fixtures) {
                repoint(fixture.getAttachments());
                repointSteps(fixture.getSteps());
            }
        }
        later(() -> files.write(container));
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
