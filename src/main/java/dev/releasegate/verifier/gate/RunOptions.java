package dev.releasegate.verifier.gate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How a checklist run is asked for: the checklist paths (folders, files, {@code file.feature:12} lines), the tag and name
 * filters, more Cucumber options, where the reports go and the console. The main job reads them from the usual Cucumber
 * switches ({@link #ofProcess}); tests give them as parameters, so runs can go side by side. {@code auditTrail}: whether
 * Allure's results and cucumber.json are written too (always, but in the QA loop).
 */
public record RunOptions(List<String> features, boolean featuresGiven, Optional<String> tags, Optional<String> name,
                         Map<String, String> cucumber, Path reports, PrintStream console, boolean auditTrail) {

    /** Where the team's checklists are: what the main job runs when no path is given. */
    public static final String DEFAULT_FEATURES = "features";
    /** Where the main job writes its reports. */
    public static final Path DEFAULT_REPORTS = Path.of("reports");

    static final String FEATURES = "cucumber.features";
    static final String TAGS = "cucumber.filter.tags";
    static final String NAME = "cucumber.filter.name";
    /** Set by the run itself: a user's value would send the reports elsewhere or run other step definitions. */
    private static final List<String> OWN = List.of(FEATURES, TAGS, NAME, "cucumber.plugin", "cucumber.glue");

    public RunOptions {
        features = List.copyOf(features);
        cucumber = Map.copyOf(cucumber);
    }

    /** The main job's options: {@code -Dcucumber.features}, {@code -Dcucumber.filter.tags}, ... from the system properties. */
    public static RunOptions ofProcess() {
        return of(System.getProperties(), DEFAULT_REPORTS, System.out);
    }

    static RunOptions of(Properties properties, Path reports, PrintStream console) {
        Optional<String> features = value(properties, FEATURES);
        Map<String, String> cucumber = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("cucumber.") && !OWN.contains(k)).sorted()
                .forEach(k -> cucumber.put(k, properties.getProperty(k)));
        return new RunOptions(features.map(RunOptions::split).orElse(List.of(DEFAULT_FEATURES)), features.isPresent(),
                value(properties, TAGS), value(properties, NAME), cucumber, reports, console, true);
    }

    /** A run of these paths (the default folder when none) into {@code reports}, writing to {@code console}. */
    public static RunOptions of(Path reports, PrintStream console, String... features) {
        return new RunOptions(features.length == 0 ? List.of(DEFAULT_FEATURES) : List.of(features), features.length > 0,
                Optional.empty(), Optional.empty(), Map.of(), reports, console, true);
    }

    public RunOptions withTags(String expression) {
        return new RunOptions(features, featuresGiven, Optional.of(expression), name, cucumber, reports, console, auditTrail);
    }

    public RunOptions withName(String pattern) {
        return new RunOptions(features, featuresGiven, tags, Optional.of(pattern), cucumber, reports, console, auditTrail);
    }

    /**
     * The QA loop's reports: the console, run.json, junit.xml and cucumber.html, what a QA reads while editing. Not the
     * audit trail (Allure's results and cucumber.json): the loop is not the release gate, and those two cost a third of
     * a re-run. The gate's run ({@code mvn verify} without the loop) writes them all.
     */
    public RunOptions forQaLoop() {
        return new RunOptions(features, featuresGiven, tags, name, cucumber, reports, console, false);
    }

    /** Blank entries between commas are dropped. */
    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** A blank switch ({@code -Dcucumber.filter.tags=} from a CI variable left empty) is the switch left out. */
    private static Optional<String> value(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key)).filter(v -> !v.isBlank());
    }
}
