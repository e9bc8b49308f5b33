package dev.releasegate.verifier.writer;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer reads catalog records and writes text: it may use catalog, db, evidence and outcome, never the steps or checks. */
class WriterLayerTest {

    @Test
    void theWriterKnowsOnlyTheLayersBelowIt() throws Exception {
        List<String> imports;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/releasegate/verifier/writer"))) {
            imports = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import dev.releasegate.verifier."))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(imports).isNotEmpty().allMatch(l -> l.matches(".*import dev\\.releasegate\\.verifier\\.(catalog|db|evidence|outcome)\\..*"));
    }
}
