package dev.releasegate.verifier.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.report.ExitStatus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main job run in-process as RunChecklistsIT runs it ({@link ChecklistRun}, the same engine configuration, the same
 * exit status code), with its own settings, reports folder and console, so runs can go side by side.
 */
record GateRun(Path reports, ExitStatus status, String console) {

    /** A Java stack frame or a chained cause: what must never reach the console or a report. */
    static final Pattern STACK_TRACE = Pattern.compile("(?m)(^\\s*at [\\w$.]+\\([\\w$.]*(?::\\d+)?\\)|^Caused by: |\\.java:\\d+\\))");

    /** @param databases database names to addresses ({@code prod -> jdbc:...}), or settings ({@code verify.statement-timeout-ms -> 100}) */
    static GateRun of(Path reports, Map<String, String> databases, UnaryOperator<RunOptions> options, String... features) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        databases.forEach((name, value) -> settings.put(name.startsWith("verify.") ? name : "verify.db." + name, value));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(captured, true, StandardCharsets.UTF_8);
        ExitStatus status = ChecklistRun.run(options.apply(RunOptions.of(reports, console, features)), settings);
        return new GateRun(reports, status, captured.toString(StandardCharsets.UTF_8));
    }

    JsonNode manifest() {
        try {
            return new ObjectMapper().readTree(reports.resolve("run.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line of what the run says went wrong: a problem, a false or broken item, or why nothing was checked. */
    String firstMessage() {
        JsonNode run = manifest();
        if (!run.path("problems").isEmpty()) {
            return run.path("problems").get(0).path("message").asText();
        }
        for (JsonNode scenario : run.path("scenarios")) {
            if (!scenario.path("verdict").asText().equals("passed") && scenario.path("message").size() > 0) {
                return scenario.path("message").get(0).asText();
            }
        }
        return run.path("gate").path("nothingChecked").asText("");
    }

    /** Every file the run wrote, recursively. */
    List<Path> files() {
        try (Stream<Path> walk = Files.walk(reports)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console and every report file, as one text, for "nowhere does X appear" assertions. */
    String everything() {
        StringBuilder out = new StringBuilder(console);
        for (Path file : files()) {
            out.append("\n==== ").append(file).append('\n').append(text(file));
        }
        return out.toString();
    }
}
