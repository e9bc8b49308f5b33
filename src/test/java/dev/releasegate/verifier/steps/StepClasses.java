package dev.releasegate.verifier.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every class of the steps package as built, found on disk: a new steps class is seen without being listed anywhere. */
final class StepClasses {

    static final List<Class<?>> ALL = find();

    private StepClasses() {
    }

    private static List<Class<?>> find() {
        try {
            Path folder = Path.of(ScenarioContext.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(ScenarioContext.class.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                        .sorted().<Class<?>>map(n -> load(ScenarioContext.class.getPackageName() + "." + n.substring(0, n.length() - 6))).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
