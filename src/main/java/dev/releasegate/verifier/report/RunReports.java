package dev.releasegate.verifier.report;

import dev.releasegate.verifier.db.SecretMask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Writes a finished run's reports from its record: run.json, junit.xml, Allure's side files, then the console
 * summary. Called by {@link AuditTrail} when Cucumber's run ends, and by the run around the engine when Cucumber never
 * started one (no scenario selected, every file unreadable), so that every run leaves its reports.
 */
public final class RunReports {

    private RunReports() {
    }

    /** A feature file the run read: its path as the person running it wrote it, its digest, and the file when on disk. */
    record ReadFeature(String path, String sha256, Optional<Path> file) {
        static ReadFeature of(URI uri, String sha256) {
            return new ReadFeature(RunReports.path(uri), sha256, "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty());
        }
    }

    /**
     * The reports of a run in which Cucumber ran no scenario: the selected files (their digests), the problems and the
     * reason nothing was checked, masked with {@code mask}.
     */
    public static void writeWithoutScenarios(Path reports, RunScope scope, SecretMask mask, Instant started, List<Path> selectedFiles) {
        List<ReadFeature> features = selectedFiles.stream().map(f -> ReadFeature.of(f.toUri(), sha256(f.toUri(), new byte[0]))).toList();
        Path folder = selectedFiles.isEmpty() ? Path.of("").toAbsolutePath() : selectedFiles.get(0).toAbsolutePath().getParent();
        write(reports, scope, mask, new ConsoleReport(scope.console(), mask), started, Instant.now(), features, List.of(), List.of(), List.of(), folder);
    }

    static void write(Path reports, RunScope scope, SecretMask mask, ConsoleReport console, Instant started, Instant finished,
                      List<ReadFeature> read, List<RunRecord.DatabaseUsed> databases, List<RunRecord.ProjectUsed> projects,
                      List<ScenarioVerdict> verdicts, Path checklists) {
        GitState git = GitState.of(checklists);
        List<RunRecord.FeatureFile> features = read.stream()
                .map(f -> new RunRecord.FeatureFile(f.path(), f.sha256(), f.file().map(git::statusOf).orElse("unknown"))).toList();
        RunRecord record = new RunRecord(started, finished, System.getProperty("user.name"), git, scope.filters(), features, databases,
                projects, verdicts, scope.problems(), scope.scenariosInFiles());
        ReportFiles files = new ReportFiles(mask);
        try {
            new RunManifest(files).write(reports.resolve(RunManifest.FILE), record);
            new JunitXml(files).write(reports.resolve(JunitXml.FILE), record);
            if (scope.auditTrail()) {
                new AllureSideFiles(files).write(reports.resolve("allure-results"), record);
            }
        } catch (UncheckedIOException e) {
            console.print("[checklist] could not write the reports into " + reports + ": " + e.getCause().getMessage());
        }
        scope.markReportsWritten();
        console.summary(record, reports);
    }

    /** A feature's path as the person running it wrote it: relative to the working directory when it is below it. */
    static String path(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            return uri.toString();
        }
        return shown(Path.of(uri));
    }

    /** A file's path relative to the working directory when it is below it, with forward slashes. */
    public static String shown(Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (file.startsWith(here) ? here.relativize(file) : file).toString().replace('\\', '/');
    }

    /** The file's bytes as they are on disk when it can be read, else the bytes given. */
    static String sha256(URI uri, byte[] fallback) {
        byte[] bytes;
        try {
            bytes = "file".equals(uri.getScheme()) ? Files.readAllBytes(Path.of(uri)) : fallback;
        } catch (IOException e) {
            bytes = fallback;
        }
        return sha256(bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
