package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step method has the same thin shape: typed arguments in, one check, the verdict reported. Parsing and
 * deciding live in the table types, parameter types and checks; a step that grows past a few lines is doing their work.
 */
class StepShapeTest {

    static final int MOST_LINES = 8;
    private static final Pattern STEP = Pattern.compile("^\\s*@(Given|When|Then)\\(");

    @Test
    void noStepMethodIsLongerThanAFewLines() throws IOException {
        List<String> long_ = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/releasegate/verifier/steps"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (STEP.matcher(lines.get(i)).find()) {
                        // the method's own opening brace: the sentence itself holds braces ({text}), so start after it
                        int open = i + 1;
                        while (!lines.get(open).strip().endsWith("{") || lines.get(open).strip().startsWith("@")) {
                            open++;
                        }
                        int close = open;
                        int depth = 0;
                        do {
                            depth += count(lines.get(close), '{') - count(lines.get(close), '}');
                            close++;
                        } while (depth > 0);
                        int body = close - open - 2;
                        if (body > MOST_LINES) {
                            long_.add(file.getFileName() + ": " + lines.get(i).trim() + " has " + body + " lines");
                        }
                        i = close;
                    }
                }
            }
        }
        assertThat(long_).isEmpty();
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
