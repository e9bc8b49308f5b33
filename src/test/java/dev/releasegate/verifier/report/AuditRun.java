package dev.releasegate.verifier.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.steps.Checklists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A checklist run with the full audit trail (Cucumber's reports, Allure, the manifest) into a folder, its console captured. */
record AuditRun(Path folder, Checklists.Outcome outcome, String console) {

    static final ObjectMapper JSON = new ObjectMapper();

    static AuditRun of(Path folder, Map<String, String> databases, String... features) {
        String previous = System.getProperty("allure.results.directory");
        System.setProperty("allure.results.directory", folder.resolve("allure-results").toString());
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            String plugins = String.join(", ", "html:" + folder.resolve("cucumber.html"),
                    CucumberJson.class.getName() + ":" + folder.resolve("cucumber.json"),
                    "junit:" + folder.resolve("junit.xml"), AllureIntoFolder.class.getName(), AuditTrail.class.getName() + ":" + folder);
            Checklists.Outcome outcome = Checklists.run(databases, Map.of("cucumber.plugin", plugins), features);
            return new AuditRun(folder, outcome, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (previous == null) {
                System.clearProperty("allure.results.directory");
            } else {
                System.setProperty("allure.results.directory", previous);
            }
        }
    }

    Path allure() {
        return folder.resolve("allure-results");
    }

    /** Every file the run wrote, recursively. */
    List<Path> files() {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Allure's test results, one per scenario. */
    List<JsonNode> allureResults() {
        List<JsonNode> results = new ArrayList<>();
        for (Path file : files()) {
            if (file.getFileName().toString().endsWith("-result.json")) {
                results.add(read(file));
            }
        }
        return results;
    }

    JsonNode allureResult(String scenario) {
        return allureResults().stream().filter(r -> r.path("name").asText().equals(scenario)).findFirst()
                .orElseThrow(() -> new AssertionError("no Allure result for " + scenario));
    }

    JsonNode manifest() {
        return read(folder.resolve("run.json"));
    }

    String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
