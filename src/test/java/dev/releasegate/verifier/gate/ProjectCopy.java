package dev.releasegate.verifier.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fresh copy of this project as a team would clone it (a git repository of its own, with the shipped files committed),
 * on which Maven runs offline with this build's local repository. The compiled classes come along with their times, and
 * Maven is told to compile only what is stale, so a run costs the main job, not a compilation.
 */
record ProjectCopy(Path root) {

    private static final List<String> SHIPPED = List.of("pom.xml", ".gitignore", "README.md", "src", "features", "examples",
            "baselines", "ci", "reports/README.md");
    private static final List<String> BUILT = List.of("target/classes", "target/test-classes", "target/allure");

    /** What Maven printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    static ProjectCopy of(Path into) {
        Path here = Path.of("").toAbsolutePath();
        for (String path : SHIPPED) {
            copy(here.resolve(path), into.resolve(path));
        }
        git(into, "init", "-q");
        git(into, "add", "-A");
        git(into, "-c", "user.name=Fresh Copy", "-c", "user.email=fresh@copy.invalid", "commit", "-q", "-m", "the project as shipped");
        for (String path : BUILT) {
            copy(here.resolve(path), into.resolve(path));
        }
        return new ProjectCopy(into);
    }

    /** {@code mvn -o -q -B <arguments>} in the copy, with more environment variables. */
    Result mvn(Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("verifier.maven.home"), "bin", "mvn").toString(),
                "-o", "-q", "-B", "-Dmaven.repo.local=" + System.getProperty("verifier.maven.repo"),
                "-Dmaven.compiler.useIncrementalCompilation=false"));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mvn " + arguments + " did not end within 15 minutes");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    void write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file or folder, keeping modification times (so Maven sees the classes as up to date). */
    static void copy(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under a folder of the copy. */
    List<Path> files(String folder) {
        Path start = root.resolve(folder);
        if (!Files.exists(start)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(start)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void git(Path directory, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("git " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
