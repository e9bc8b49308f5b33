package dev.releasegate.verifier.report;

import dev.releasegate.verifier.db.SecretMask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one way the report writes a file: masked, its folder created. */
final class ReportFiles {

    private final SecretMask mask;

    ReportFiles(SecretMask mask) {
        this.mask = mask;
    }

    void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, mask.mask(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SecretMask mask() {
        return mask;
    }
}
