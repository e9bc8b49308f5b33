package dev.releasegate.verifier.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code reports/SHA256SUMS}: the SHA-256 of every file a run wrote into its reports folder (run.json included), in
 * {@code sha256sum} format, so a filed report can be checked for later edits with {@code cd reports && sha256sum -c SHA256SUMS}.
 */
public final class ReportDigests {

    public static final String FILE = "SHA256SUMS";
    /** Kept in git beside the reports, not written by a run. */
    private static final String README = "README.md";

    private ReportDigests() {
    }

    /** Writes the digests of every file under {@code reports} (sorted by path), and returns how many files it covers. */
    public static int write(Path reports) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reports)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(reports.resolve(FILE)) && !f.equals(reports.resolve(README)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            try {
                out.append(RunReports.sha256(Files.readAllBytes(file))).append("  ")
                        .append(reports.relativize(file).toString().replace('\\', '/')).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Files.writeString(reports.resolve(FILE), out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.size();
    }
}
