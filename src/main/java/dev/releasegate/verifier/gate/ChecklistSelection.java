package dev.releasegate.verifier.gate;

import dev.releasegate.verifier.report.ChecklistProblem;
import dev.releasegate.verifier.report.RunReports;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.ParseError;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checklist files a run was asked for, each read and parsed before the engine sees it: a path that does not exist,
 * a folder without checklists, a file that is not UTF-8, not Gherkin, empty or without a scenario becomes a
 * {@link ChecklistProblem} naming the file and line, and is left out, so the other files still run.
 */
final class ChecklistSelection {

    /** A readable checklist file, the lines asked for ({@code file.feature:12:30}; none is the whole file), its scenarios. */
    record Selected(Path file, List<Integer> lines, int scenarios) {
    }

    private static final Pattern WITH_LINES = Pattern.compile("^(.*\\.feature)((?::\\d{1,9})+)$");
    private static final Pattern POSITION = Pattern.compile("^\\((\\d+):(\\d+)\\): (.*)$", Pattern.DOTALL);

    private final List<Selected> files;
    private final List<String> classpath;
    private final List<ChecklistProblem> problems;

    private ChecklistSelection(List<Selected> files, List<String> classpath, List<ChecklistProblem> problems) {
        this.files = List.copyOf(files);
        this.classpath = List.copyOf(classpath);
        this.problems = List.copyOf(problems);
    }

    /** The file or folder of a {@code -Dcucumber.features} entry, without its {@code :line} suffixes. */
    static Path pathOf(String entry) {
        Matcher withLines = WITH_LINES.matcher(entry);
        return Path.of(withLines.matches() ? withLines.group(1) : entry);
    }

    static ChecklistSelection of(List<String> paths, boolean given) {
        Map<Path, List<Integer>> chosen = new LinkedHashMap<>();
        List<String> classpath = new ArrayList<>();
        List<ChecklistProblem> problems = new ArrayList<>();
        for (String entry : paths) {
            if (entry.startsWith("classpath:")) {
                classpath.add(entry);
                continue;
            }
            Matcher withLines = WITH_LINES.matcher(entry);
            Path path;
            try {
                path = pathOf(entry);
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(ChecklistProblem.setting(given ? "-Dcucumber.features" : entry, "not a path: " + e.getReason()));
                continue;
            }
            List<Integer> lines = withLines.matches() ? lines(withLines.group(2)) : List.of();
            String setting = given ? "-Dcucumber.features=" + entry : entry;
            if (!Files.exists(path)) {
                problems.add(ChecklistProblem.setting(setting, given
                        ? "no such file or folder: " + path.toAbsolutePath().normalize() + " (paths are relative to " + here() + ")"
                        : "no such folder: the main job runs the checklists (*.feature) in " + entry
                        + "/; create it and add checklists, or name them with -Dcucumber.features=<folder or file>"));
            } else if (Files.isDirectory(path)) {
                List<Path> found = featuresUnder(path);
                if (found.isEmpty()) {
                    problems.add(ChecklistProblem.setting(setting, "no checklist in this folder: it holds no .feature file"));
                }
                found.forEach(f -> chosen.put(f, null)); // null: the whole file
            } else if (lines.isEmpty()) {
                chosen.put(path, null);
            } else if (!chosen.containsKey(path)) {
                chosen.put(path, new ArrayList<>(lines));
            } else if (chosen.get(path) != null) {
                chosen.get(path).addAll(lines);
            }
        }
        List<Selected> files = new ArrayList<>();
        for (Map.Entry<Path, List<Integer>> file : chosen.entrySet()) {
            read(file.getKey(), file.getValue() == null ? List.of() : file.getValue(), files, problems);
        }
        return new ChecklistSelection(files, classpath, problems);
    }

    private static List<Integer> lines(String suffix) {
        return Stream.of(suffix.substring(1).split(":")).map(Integer::valueOf).toList();
    }

    private static List<Path> featuresUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".feature")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void read(Path file, List<Integer> lines, List<Selected> files, List<ChecklistProblem> problems) {
        String shown = RunReports.shown(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(ChecklistProblem.unreadable(shown, 0, "could not be read: " + e.getMessage(), null));
            return;
        }
        String sha256 = RunReports.sha256(bytes);
        int badLine = notUtf8(bytes);
        if (badLine > 0) {
            problems.add(ChecklistProblem.unreadable(shown, badLine, "this file is not UTF-8 (line " + badLine
                    + " holds bytes that are not UTF-8): checklist files must be saved as UTF-8", sha256));
            return;
        }
        List<Envelope> envelopes = GherkinParser.builder().includeSource(false).includeGherkinDocument(true).includePickles(false)
                .build().parse(file.toUri().toString(), bytes).toList();
        List<ParseError> errors = envelopes.stream().flatMap(e -> e.getParseError().stream()).toList();
        if (!errors.isEmpty()) {
            ParseError first = errors.get(0);
            int line = first.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(0);
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more after it)" : "";
            problems.add(ChecklistProblem.unreadable(shown, line, "not Gherkin: " + readable(first.getMessage()) + more, sha256));
            return;
        }
        boolean feature = envelopes.stream().anyMatch(e -> e.getGherkinDocument().flatMap(d -> d.getFeature()).isPresent());
        long scenarios = envelopes.stream().flatMap(e -> e.getGherkinDocument().flatMap(d -> d.getFeature()).stream())
                .mapToLong(ChecklistSelection::scenarios).sum();
        if (!feature) {
            problems.add(ChecklistProblem.unreadable(shown, 0, "this file holds no Feature: an empty checklist checks nothing"
                    + " (write a Feature: with scenarios, or delete the file)", sha256));
        } else if (scenarios == 0) {
            problems.add(ChecklistProblem.unreadable(shown, 0, "this Feature has no Scenario: it checks nothing"
                    + " (add scenarios, or delete the file)", sha256));
        } else {
            List<Integer> selectable = envelopes.stream().flatMap(e -> e.getGherkinDocument().flatMap(d -> d.getFeature()).stream())
                    .flatMap(ChecklistSelection::selectableLines).toList();
            List<Integer> nothing = lines.stream().filter(l -> !selectable.contains(l)).toList();
            if (!nothing.isEmpty()) {
                problems.add(ChecklistProblem.setting("-Dcucumber.features=" + shown + ":" + nothing.get(0), "no scenario begins on line "
                        + nothing.get(0) + " of " + shown + ": scenarios, outlines and example rows begin on lines "
                        + String.join(", ", selectable.stream().sorted().distinct().map(String::valueOf).toList())));
            }
            List<Integer> kept = lines.stream().filter(selectable::contains).toList();
            if (lines.isEmpty() || !kept.isEmpty()) {
                files.add(new Selected(file, kept, (int) scenarios));
            }
        }
    }

    /**
     * How many scenarios Cucumber makes of a feature, counted on the document rather than by compiling its pickles
     * (which the engine does again): one per scenario, one per example row of an outline, rules' included.
     */
    private static long scenarios(Feature feature) {
        return feature.getChildren().stream()
                .flatMap(child -> Stream.concat(child.getScenario().stream(),
                        child.getRule().stream().flatMap(rule -> rule.getChildren().stream()).flatMap(c -> c.getScenario().stream())))
                .mapToLong(s -> s.getExamples().isEmpty() ? 1 : s.getExamples().stream().mapToLong(e -> e.getTableBody().size()).sum())
                .sum();
    }

    /** The lines a {@code file.feature:N} may name, as Cucumber selects them: the feature, rules, scenarios, examples and their rows. */
    private static Stream<Integer> selectableLines(Feature feature) {
        List<Integer> lines = new ArrayList<>();
        lines.add(feature.getLocation().getLine().intValue());
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(s -> scenarioLines(s, lines));
            child.getRule().ifPresent(rule -> {
                lines.add(rule.getLocation().getLine().intValue());
                rule.getChildren().forEach(c -> c.getScenario().ifPresent(s -> scenarioLines(s, lines)));
            });
        }
        return lines.stream();
    }

    private static void scenarioLines(Scenario scenario, List<Integer> lines) {
        lines.add(scenario.getLocation().getLine().intValue());
        for (Examples examples : scenario.getExamples()) {
            lines.add(examples.getLocation().getLine().intValue());
            examples.getTableBody().forEach(row -> lines.add(row.getLocation().getLine().intValue()));
        }
    }

    /** The line of the first byte that is not UTF-8, or 0 when every byte is. */
    static int notUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("#EOF", "the end of the file"), Map.entry("#TableRow", "a table row"), Map.entry("#StepLine", "a step"),
            Map.entry("#TagLine", "a tag"), Map.entry("#ExamplesLine", "Examples:"), Map.entry("#ScenarioLine", "Scenario:"),
            Map.entry("#RuleLine", "Rule:"), Map.entry("#Comment", "a comment"), Map.entry("#Empty", "an empty line"),
            Map.entry("#DocStringSeparator", "a doc string (\"\"\")"), Map.entry("#BackgroundLine", "Background:"),
            Map.entry("#FeatureLine", "Feature:"), Map.entry("#Language", "a # language line"), Map.entry("#Other", "text"));

    /** "(5:3): expected: #EOF, #TableRow, got 'Scenaria: zz'" in words a checklist writer knows. */
    static String readable(String message) {
        Matcher position = POSITION.matcher(message.strip());
        String text = position.matches() ? position.group(3) : message.strip();
        for (Map.Entry<String, String> token : TOKENS.entrySet()) {
            text = text.replace(token.getKey(), token.getValue());
        }
        Matcher expected = Pattern.compile("^expected: (.*), got (.*)$", Pattern.DOTALL).matcher(text);
        if (expected.matches()) {
            return "got " + expected.group(2) + " where one of these was expected: " + expected.group(1);
        }
        return text.lines().findFirst().orElse(text);
    }

    private static String here() {
        return Path.of("").toAbsolutePath().toString();
    }

    List<ChecklistProblem> problems() {
        return problems;
    }

    /** The readable files, in the order asked for. */
    List<Path> files() {
        return files.stream().map(Selected::file).toList();
    }

    /** Scenarios in the readable files, before any filter: -1 when classpath resources were asked for too. */
    int scenarios() {
        return classpath.isEmpty() ? files.stream().mapToInt(Selected::scenarios).sum() : -1;
    }

    boolean isEmpty() {
        return files.isEmpty() && classpath.isEmpty();
    }

    /** The engine's selectors: a file, or one per line asked for; classpath resources as URIs. */
    List<DiscoverySelector> selectors() {
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (Selected selected : files) {
            if (selected.lines().isEmpty()) {
                selectors.add(DiscoverySelectors.selectFile(selected.file().toFile()));
            } else {
                selected.lines().forEach(l -> selectors.add(DiscoverySelectors.selectFile(selected.file().toFile(), FilePosition.from(l))));
            }
        }
        classpath.forEach(c -> selectors.add(DiscoverySelectors.selectUri(URI.create(c))));
        return selectors;
    }
}
