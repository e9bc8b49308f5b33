package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.project.AamodhaProjects;
import dev.releasegate.verifier.project.FakeManagementApi;
import dev.releasegate.verifier.vocabulary.Sentence;
import dev.releasegate.verifier.vocabulary.Suggestions;
import dev.releasegate.verifier.vocabulary.Vocabulary;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.DataTableType;
import io.cucumber.java.StepDefinitionAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/vocabulary.md cannot drift from the product: every sentence has its entry and every entry is a sentence, under
 * its steps class; each states the category a false item is filed under; its data-table columns are the ones the
 * sentence reads; its examples use it and run against the demo databases as the page says; and the settings section
 * lists exactly the {@code verify.*} keys the code reads.
 */
class VocabularyPageTest {

    static final Path PAGE = Path.of("docs/vocabulary.md");
    /** The demonstration databases the examples run against, as a run with nothing configured has them. */
    static final List<String> DEMO_DATABASES = List.of("production", "staging", "pesachama", "aamodha", "trvl", "bistro-before",
            "bistro-after");
    /** The Supabase project sentences' examples read seed 001's projects from a local stand-in for the Management API. */
    private static final String API_TOKEN = "sbp_0123456789abcdef0123456789abcdef01234567";

    private static VocabularyPage page;
    private static Map<String, Sentence> sentences;

    @BeforeAll
    static void read() {
        page = VocabularyPage.read(PAGE);
        sentences = new LinkedHashMap<>();
        Vocabulary.ofGlue().sentences().forEach(s -> sentences.put(s.toString(), s));
    }

    private static Stream<VocabularyPage.Entry> entries() {
        return page.groups().stream().flatMap(g -> g.entries().stream());
    }

    @Test
    void everySentenceHasAnEntryUnderItsStepsClassAndEveryEntryIsASentence() {
        List<String> problems = new ArrayList<>();
        Map<String, VocabularyPage.Group> entryGroup = new LinkedHashMap<>();
        for (VocabularyPage.Group group : page.groups()) {
            for (VocabularyPage.Entry entry : group.entries()) {
                if (entryGroup.put(entry.sentence(), group) != null) {
                    problems.add("docs/vocabulary.md:" + entry.line() + ": `" + entry.sentence() + "` has two entries");
                }
            }
        }
        sentences.forEach((text, sentence) -> {
            VocabularyPage.Group group = entryGroup.get(text);
            if (group == null) {
                problems.add("`" + text + "` (" + sentence.stepClass() + ") has no entry: add '### `" + text + "`' to the group of "
                        + sentence.stepClass() + " in docs/vocabulary.md" + groupOf(sentence.stepClass()));
            } else if (!group.stepClass().equals(sentence.stepClass())) {
                problems.add("`" + text + "` is defined in " + sentence.stepClass() + " but its entry is under " + group.stepClass()
                        + " (docs/vocabulary.md:" + group.line() + ")");
            }
        });
        entryGroup.forEach((text, group) -> {
            if (!sentences.containsKey(text)) {
                problems.add("docs/vocabulary.md: the entry `" + text + "` under " + group.stepClass() + " matches no step definition"
                        + " (the sentence as declared, keyword included): " + closestDefinitions(text));
            }
        });
        assertThat(problems).as("docs/vocabulary.md against the step definitions").isEmpty();
        assertThat(SentenceCategoriesTest.stepDefinitions()).as("the step definitions the vocabulary reads")
                .containsExactlyInAnyOrderElementsOf(sentences.values().stream().map(Sentence::expression).toList());
    }

    private static String groupOf(String stepClass) {
        return page.groups().stream().filter(g -> g.stepClass().equals(stepClass)).findFirst()
                .map(g -> " (line " + g.line() + ")").orElse(" (a new group: '## Title' then '<!-- steps: " + stepClass + " -->')");
    }

    private static String closestDefinitions(String text) {
        return String.join("; ", Suggestions.ofGlue().didYouMean(text).stream().map(String::strip).toList());
    }

    @Test
    void everyEntryStatesWhenItIsFailedInItsCategoryAndWhenBroken() {
        List<String> problems = new ArrayList<>();
        entries().forEach(entry -> {
            String where = "docs/vocabulary.md:" + entry.line() + " `" + entry.sentence() + "`";
            String expected = SentenceCategoriesTest.SET_UP.contains(entry.expression()) ? "never"
                    : Optional.ofNullable(SentenceCategoriesTest.CATEGORIES.get(entry.expression())).map(FailureCategory::label).orElse("?");
            if (entry.failed().isEmpty()) {
                problems.add(where + ": no '- **Failed** (" + expected + "): ...' line");
            } else if (!entry.failed().get().equals(expected)) {
                problems.add(where + ": says failed (" + entry.failed().get() + "), the sentence's category is " + expected);
            }
            if (!entry.broken()) {
                problems.add(where + ": no '- **Broken**: ...' line");
            }
            if (entry.examples().isEmpty()) {
                problems.add(where + ": no example (a ```gherkin block)");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** A registry with the vocabulary's own parameter types, to match example steps as Cucumber does. */
    private static void expressions(Map<String, Expression> bySentence) {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        Vocabulary.ofGlue().parameterTypes().forEach((name, regex) -> {
            if (!List.of("int", "long", "float", "double", "bigdecimal", "biginteger", "word", "string", "").contains(name)) {
                registry.defineParameterType(new ParameterType<>(name, regex, Object.class, (String[] args) -> args));
            }
        });
        ExpressionFactory factory = new ExpressionFactory(registry);
        sentences.values().forEach(s -> bySentence.put(s.toString(), factory.createExpression(s.expression())));
    }

    private static final Pattern STEP = Pattern.compile("^\\s*(Given|When|Then|And|But) (.+)$");

    @Test
    void everyExampleUsesItsSentenceAndEachOfItsStepsMeansOneSentence() {
        Map<String, Expression> bySentence = new LinkedHashMap<>();
        expressions(bySentence);
        List<String> problems = new ArrayList<>();
        entries().forEach(entry -> {
            boolean used = false;
            for (VocabularyPage.Example example : entry.examples()) {
                boolean docString = false;
                for (String line : example.lines()) {
                    if (line.trim().startsWith("\"\"\"")) {
                        docString = !docString;
                    }
                    Matcher step = STEP.matcher(line);
                    if (docString || !step.matches()) {
                        continue;
                    }
                    List<String> matching = bySentence.entrySet().stream().filter(e -> e.getValue().match(step.group(2)) != null)
                            .map(Map.Entry::getKey).toList();
                    if (matching.size() != 1) {
                        problems.add("docs/vocabulary.md:" + example.line() + ": '" + line.trim() + "' matches " + matching.size()
                                + " sentences " + matching);
                    }
                    used |= matching.contains(entry.sentence());
                }
            }
            if (!used) {
                problems.add("docs/vocabulary.md:" + entry.line() + ": no example of `" + entry.sentence() + "` uses it");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theColumnsOfEachDataTableAreTheOnesTheSentenceReads() throws Exception {
        ScenarioContext context = new ScenarioContext();
        Map<Type, Method> tableTypes = new LinkedHashMap<>();
        Map<Class<?>, Object> owners = new LinkedHashMap<>();
        for (Class<?> steps : StepClasses.ALL) {
            for (Method method : steps.getDeclaredMethods()) {
                if (method.isAnnotationPresent(DataTableType.class)) {
                    tableTypes.put(method.getGenericReturnType(), method);
                    owners.putIfAbsent(steps, steps.getConstructor(ScenarioContext.class).newInstance(context));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        entries().forEach(entry -> {
            String where = "docs/vocabulary.md:" + entry.line() + " `" + entry.sentence() + "`";
            Optional<Type> table = dataTableOf(entry);
            if (table.isEmpty()) {
                if (!entry.columns().isEmpty()) {
                    problems.add(where + ": documents table columns, but the sentence reads no data table");
                }
                return;
            }
            if (entry.columns().isEmpty()) {
                problems.add(where + ": reads a data table: list its columns (| `column` | required | ... |, or | (any) | ...)");
                return;
            }
            Method type = tableTypes.get(table.get());
            if (type == null || entry.columns().stream().anyMatch(c -> c.name().isEmpty())) {
                return; // free columns: a grid compared cell by cell, keyed rows
            }
            problems.addAll(probe(where, owners.get(type.getDeclaringClass()), type, entry.columns()));
        });
        assertThat(problems).isEmpty();
    }

    /** The type of the data table the sentence's step method takes, if it takes one. */
    private static Optional<Type> dataTableOf(VocabularyPage.Entry entry) {
        for (Class<?> steps : StepClasses.ALL) {
            for (Method method : steps.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    if (annotation.annotationType().isAnnotationPresent(StepDefinitionAnnotation.class)
                            && value(annotation).equals(entry.expression()) && method.getParameterCount() > parameters(entry.expression())) {
                        Type last = method.getGenericParameterTypes()[method.getParameterCount() - 1];
                        return last == QueryText.class ? Optional.empty() : Optional.of(last);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int parameters(String expression) {
        return (int) Pattern.compile("\\{[^}]*}").matcher(expression).results().count();
    }

    private static String value(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the data table type says of headers: the documented columns are accepted and no other (an unknown header
     * lists the accepted ones), each documented required column is required and each optional one is not.
     */
    private static List<String> probe(String where, Object types, Method type, List<VocabularyPage.Column> columns) {
        List<String> problems = new ArrayList<>();
        List<String> documented = columns.stream().map(VocabularyPage.Column::name).toList();
        String unknown = refusal(types, type, concat(documented, "nosuchcolumn"));
        Matcher accepted = Pattern.compile("unknown column 'nosuchcolumn' in the table[^:]*: use (.+)").matcher(unknown);
        if (columns.size() == 1 && unknown.contains("more than one column")) {
            return problems; // a one-column list that refuses a second column without naming it
        }
        if (!accepted.matches()) {
            problems.add(where + ": an unknown column was not refused as expected: " + unknown);
        } else if (!new TreeSet<>(List.of(accepted.group(1).split(", "))).equals(new TreeSet<>(documented))) {
            problems.add(where + ": documents the columns " + new TreeSet<>(documented) + ", the sentence reads " + accepted.group(1));
        }
        if (columns.size() == 1) {
            return problems; // a one-column list: its header is optional
        }
        for (VocabularyPage.Column column : columns) {
            String without = refusal(types, type, documented.stream().filter(c -> !c.equals(column.name())).toList());
            boolean required = without.matches("the table[^']* needs a '" + Pattern.quote(column.name()) + "' column.*");
            if (required != column.required()) {
                problems.add(where + ": documents " + column.name() + " as " + (column.required() ? "required" : "optional")
                        + ", but without it the table " + (required ? "is refused" : "is read") + " (" + without + ")");
            }
        }
        return problems;
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> out = new ArrayList<>(list);
        out.add(more);
        return out;
    }

    /** The message a header row alone is refused with (every table type refuses a table without rows). */
    private static String refusal(Object types, Method type, List<String> header) {
        try {
            type.invoke(types, DataTable.create(List.of(header)));
            return "(accepted)";
        } catch (InvocationTargetException e) {
            return String.valueOf(e.getCause().getMessage());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSettingsSectionListsExactlyTheSettingsTheCodeReads() throws IOException {
        Set<String> read = new TreeSet<>();
        Path classes = Path.of(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                for (String constant : ClassConstants.strings(file)) {
                    Matcher key = Pattern.compile("^verify\\.[A-Za-z0-9._-]*").matcher(constant);
                    if (key.find()) {
                        read.add(key.group().endsWith(".") ? key.group() + "*" : key.group());
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        for (VocabularyPage.Setting setting : page.settings()) {
            documented.add(setting.key().replaceAll("<[^>]+>$", "*"));
            assertThat(setting.defaultValue()).as("default of " + setting.key()).isNotBlank();
            assertThat(setting.meaning()).as("meaning of " + setting.key()).isNotBlank();
        }
        assertThat(read.stream().filter(k -> !documented.contains(k)).toList())
                .as("verify.* keys the code reads that docs/vocabulary.md does not list under ## Settings (a <name> family is written"
                        + " verify.db.<name>)").isEmpty();
        assertThat(documented.stream().filter(k -> !read.contains(k)).toList())
                .as("settings listed in docs/vocabulary.md that no code reads").isEmpty();
    }

    @TempDir
    static Path baselines;

    @Test
    void everyExampleRunsAgainstTheDemoDatabasesAsThePageSays() throws IOException {
        Files.copy(Path.of("baselines/trackpay-demo-pre-cutover.json"), baselines.resolve("trackpay-demo-pre-cutover.json"));
        Path feature = baselines.resolve("vocabulary-examples.feature");
        Map<String, VocabularyPage.Example> byScenario = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("Feature: Every example of docs/vocabulary.md\n");
        entries().forEach(entry -> entry.examples().forEach(example -> {
            String name = "docs/vocabulary.md:" + example.line() + " " + entry.sentence();
            byScenario.put(name, example);
            List<String> lines = example.lines();
            text.append('\n');
            lines.stream().takeWhile(l -> l.startsWith("@")).forEach(tag -> text.append("  ").append(tag).append('\n'));
            text.append("  Scenario: ").append(name).append('\n');
            List<String> steps = lines.stream().dropWhile(l -> l.startsWith("@")).toList();
            if (steps.isEmpty() || !(steps.get(0).startsWith("Given the database ") || steps.get(0).startsWith("Given the Supabase project "))) {
                text.append("    Given the database \"production\"\n");
            }
            steps.forEach(l -> text.append("    ").append(l).append('\n'));
        }));
        Files.writeString(feature, text);
        Checklists.Outcome outcome;
        try (FakeManagementApi api = FakeManagementApi.start(API_TOKEN).project(AamodhaProjects.production())
                .project(AamodhaProjects.staging())) {
            Map<String, String> settings = new LinkedHashMap<>(ProjectRun.settings(api.url(), API_TOKEN,
                    Map.of("production", AamodhaProjects.PRODUCTION_REF, "staging", AamodhaProjects.STAGING_REF), Map.of()));
            DEMO_DATABASES.forEach(name -> settings.put(name, "embedded:demo"));
            settings.put("verify.baselines.dir", baselines.toString());
            outcome = Checklists.run(settings, feature.toString());
        }

        List<String> problems = new ArrayList<>();
        byScenario.forEach((name, example) -> {
            Checklists.ScenarioOutcome scenario = outcome.scenario(name);
            String got = scenario.passed() ? "passed" : (scenario.failure() instanceof ChecklistItemFailed f ? "failed ("
                    + f.category().label() + ")" : "broken") + ": " + scenario.message();
            boolean right = switch (example.expected()) {
                case PASSES -> scenario.passed();
                case FAILS -> scenario.failure() instanceof ChecklistItemFailed && scenario.message().contains(example.message());
                case BROKEN -> !scenario.passed() && !(scenario.failure() instanceof ChecklistItemFailed)
                        && scenario.message().contains(example.message());
            };
            if (!right) {
                problems.add(name + "\n    the page says: " + example.expected() + (example.message().isEmpty() ? "" : " " + example.message())
                        + "\n    it " + got.lines().limit(8).collect(Collectors.joining("\n      ")));
            }
        });
        assertThat(outcome.scenarios()).hasSize(byScenario.size());
        assertThat(problems).as("examples that did not run as docs/vocabulary.md says").isEmpty();
    }

    /** The string constants of a class file: literals, and constants folded from other classes ({@code PREFIX + ".dir"}). */
    static final class ClassConstants {
        static List<String> strings(Path file) {
            try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
                data.readInt(); // magic
                data.readUnsignedShort();
                data.readUnsignedShort();
                int count = data.readUnsignedShort();
                Map<Integer, String> utf8 = new LinkedHashMap<>();
                Set<Integer> strings = new LinkedHashSet<>();
                for (int i = 1; i < count; i++) {
                    int tag = data.readUnsignedByte();
                    switch (tag) {
                        case 1 -> utf8.put(i, data.readUTF());
                        case 8 -> strings.add(data.readUnsignedShort());
                        case 7, 16, 19, 20 -> data.readUnsignedShort();
                        case 15 -> data.skipNBytes(3);
                        case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipNBytes(4);
                        case 5, 6 -> {
                            data.skipNBytes(8);
                            i++;
                        }
                        default -> throw new IllegalStateException("unknown constant pool tag " + tag + " in " + file);
                    }
                }
                return strings.stream().map(utf8::get).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
