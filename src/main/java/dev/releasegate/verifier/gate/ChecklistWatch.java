package dev.releasegate.verifier.gate;

import dev.releasegate.verifier.report.ExitStatus;
import dev.releasegate.verifier.steps.VerifierRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The QA loop: runs the selected checklists, then again each time a .feature file under them is saved, added or
 * removed, until the process is stopped, in one JVM that keeps its connections and catalog snapshots. Before each
 * repetition every kept snapshot is checked against its database's {@code CatalogFingerprint} and dropped if the
 * database changed, so a verdict is never given from a catalog older than the database.
 */
public final class ChecklistWatch {

    /** {@code -Dverify.watch=true}: the main job becomes the QA loop. */
    public static final String SETTING = "verify.watch";
    /** How often the checklist files' modification times are compared: under a third of a second after a save. */
    static final Duration POLL = Duration.ofMillis(300);


    private final RunOptions options;
    private final VerifierRun run;
    private Map<Path, List<Long>> seen;

    public ChecklistWatch(RunOptions options, VerifierRun run) {
        this.options = options.forQaLoop();
        this.run = run;
        run.catalogs().fingerprinted();
    }

    /** Whether the process was asked for the QA loop rather than one run (settings that cannot be read: one run, which says why). */
    public static boolean asked() {
        try {
            return VerifierRun.current().settings().setting(SETTING).map(Boolean::parseBoolean).orElse(false);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The QA loop of the main job: the process's run and options, until the process is stopped. */
    public static void loopForever(RunOptions options) throws InterruptedException {
        new ChecklistWatch(options, VerifierRun.current()).loop();
    }

    /** Runs, waits for a change, runs again: until interrupted. */
    public void loop() throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            long started = System.nanoTime();
            runOnce();
            options.console().printf("[watch] checked in %.1f s; waiting for a change of a checklist under %s (Ctrl-C stops)%n",
                    (System.nanoTime() - started) / 1e9, String.join(", ", options.features()));
            awaitChange();
        }
    }

    /**
     * One run, with the QA loop's reports ({@link RunOptions#forQaLoop}): the first reads what it needs, each later one first drops the snapshots of
     * the databases that changed meanwhile (one fingerprint query per database) and reuses the others.
     */
    public ExitStatus runOnce() {
        if (seen != null) {
            List<String> dropped = run.catalogs().dropChanged();
            if (!dropped.isEmpty()) {
                options.console().println("[watch] changed since the last run, read again: " + String.join(", ", dropped));
            }
        }
        seen = checklistFiles();
        return ChecklistRun.run(options, run);
    }

    /** Returns once a checklist file under the selected paths differs from what the last run read (polled). */
    public void awaitChange() throws InterruptedException {
        while (checklistFiles().equals(seen)) {
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Every .feature file under the selected paths, with its modification time and size. */
    Map<Path, List<Long>> checklistFiles() {
        Map<Path, List<Long>> files = new TreeMap<>();
        for (String entry : options.features()) {
            if (entry.startsWith("classpath:")) {
                continue;
            }
            Path path;
            try {
                path = ChecklistSelection.pathOf(entry);
            } catch (java.nio.file.InvalidPathException e) {
                continue; // the run itself names it as a problem
            }
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".feature") && Files.isRegularFile(p)).forEach(p -> {
                    try {
                        files.put(p, List.of(Files.getLastModifiedTime(p).toMillis(), Files.size(p)));
                    } catch (IOException e) {
                        files.put(p, List.of()); // being saved: the next poll sees it whole
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                files.put(path, List.of());
            }
        }
        return files;
    }
}
