package dev.releasegate.verifier.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/vocabulary.md as a test reads it. The page's grammar, which keeps it readable as Markdown and parseable:
 * <ul>
 * <li>{@code ## Title} then {@code <!-- steps: SchemaSteps -->}: a group of entries, the sentences of that steps class;</li>
 * <li>{@code ### `Then the table {name} exists`}: an entry, the sentence exactly as its step definition declares it;</li>
 * <li>{@code - **Failed** (schema drift): ...} or {@code - **Failed**: never ...}, and {@code - **Broken**: ...};</li>
 * <li>a table with rows {@code | `column` | required | ... |} (or {@code optional}, or {@code | (any) | ...} for free
 * columns): the data table the sentence reads;</li>
 * <li>{@code ```gherkin} blocks: examples, run against the demo databases; one followed by {@code Fails with: `text`}
 * must fail (a false item) with a message holding the text, {@code Broken with: `text`} must be broken, else it passes;</li>
 * <li>under {@code ## Settings}, rows {@code | `verify.key` | default | meaning |}.</li>
 * </ul>
 */
record VocabularyPage(List<Group> groups, List<Setting> settings) {

    record Group(String title, String stepClass, int line, List<Entry> entries) {
    }

    record Entry(String keyword, String expression, int line, Optional<String> failed, boolean broken, List<Column> columns,
                 List<Example> examples) {
        String sentence() {
            return keyword + " " + expression;
        }
    }

    /** A data-table column; {@code name} is empty for free columns (a result, a row of keyed values). */
    record Column(String name, boolean required) {
    }

    enum Expected { PASSES, FAILS, BROKEN }

    record Example(int line, List<String> lines, Expected expected, String message) {
    }

    record Setting(String key, String defaultValue, String meaning, int line) {
    }

    private static final Pattern GROUP = Pattern.compile("^## (.+)$");
    private static final Pattern STEPS = Pattern.compile("^<!-- steps: (\\w+) -->$");
    private static final Pattern ENTRY = Pattern.compile("^### `(Given|When|Then) (.+)`$");
    private static final Pattern FAILED = Pattern.compile("^- \\*\\*Failed\\*\\* \\(([a-z ]+)\\): .+|^- \\*\\*Failed\\*\\*: (never)\\b.*");
    private static final Pattern BROKEN = Pattern.compile("^- \\*\\*Broken\\*\\*: .+");
    private static final Pattern COLUMN = Pattern.compile("^\\| `([^`]+)` \\| (required|optional) \\|.*");
    private static final Pattern FREE_COLUMNS = Pattern.compile("^\\| \\(any\\) \\|.*");
    private static final Pattern OUTCOME = Pattern.compile("^(Fails|Broken) with: `(.+)`$");
    private static final Pattern SETTING = Pattern.compile("^\\| `(verify\\.[^`]+)` \\| ([^|]+) \\| (.+) \\|$");

    static VocabularyPage read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VocabularyPage parse(List<String> lines) {
        List<Group> groups = new ArrayList<>();
        List<Setting> settings = new ArrayList<>();
        Group group = null;
        boolean inSettings = false;
        EntryBuilder entry = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if ((m = GROUP.matcher(line)).matches()) {
                entry = finish(entry, group);
                inSettings = m.group(1).trim().equals("Settings");
                int next = nextNonBlank(lines, i + 1);
                Matcher steps = next < lines.size() ? STEPS.matcher(lines.get(next)) : null;
                group = steps != null && steps.matches() ? new Group(m.group(1).trim(), steps.group(1), i + 1, new ArrayList<>()) : null;
                if (group != null) {
                    groups.add(group);
                }
            } else if ((m = ENTRY.matcher(line)).matches()) {
                entry = finish(entry, group);
                if (group == null) {
                    throw new AssertionError("docs/vocabulary.md:" + (i + 1) + ": an entry outside a group (a '## ' heading followed by"
                            + " '<!-- steps: ClassName -->'): " + line);
                }
                entry = new EntryBuilder(m.group(1), m.group(2), i + 1);
            } else if (inSettings && (m = SETTING.matcher(line)).matches()) {
                settings.add(new Setting(m.group(1), m.group(2).trim(), m.group(3).trim(), i + 1));
            } else if (entry != null) {
                i = entry.read(lines, i);
            }
        }
        finish(entry, group);
        return new VocabularyPage(groups, settings);
    }

    private static EntryBuilder finish(EntryBuilder entry, Group group) {
        if (entry != null) {
            group.entries().add(entry.build());
        }
        return null;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static final class EntryBuilder {
        final String keyword;
        final String expression;
        final int line;
        Optional<String> failed = Optional.empty();
        boolean broken;
        final List<Column> columns = new ArrayList<>();
        final List<Example> examples = new ArrayList<>();

        EntryBuilder(String keyword, String expression, int line) {
            this.keyword = keyword;
            this.expression = expression;
            this.line = line;
        }

        /** Reads the line at {@code i} (and an example's block after it); returns the last line read. */
        int read(List<String> lines, int i) {
            String text = lines.get(i);
            Matcher m;
            if ((m = FAILED.matcher(text)).matches()) {
                failed = Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
            } else if (BROKEN.matcher(text).matches()) {
                broken = true;
            } else if ((m = COLUMN.matcher(text)).matches()) {
                columns.add(new Column(m.group(1), m.group(2).equals("required")));
            } else if (FREE_COLUMNS.matcher(text).matches()) {
                columns.add(new Column("", false));
            } else if (text.equals("```gherkin")) {
                List<String> block = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).equals("```")) {
                    block.add(lines.get(j));
                    j++;
                }
                int next = nextNonBlank(lines, j + 1);
                Matcher outcome = next < lines.size() ? OUTCOME.matcher(lines.get(next)) : null;
                if (outcome != null && outcome.matches()) {
                    examples.add(new Example(i + 1, block, outcome.group(1).equals("Fails") ? Expected.FAILS : Expected.BROKEN, outcome.group(2)));
                    return next;
                }
                examples.add(new Example(i + 1, block, Expected.PASSES, ""));
                return j;
            }
            return i;
        }

        Entry build() {
            return new Entry(keyword, expression, line, failed, broken, List.copyOf(columns), List.copyOf(examples));
        }
    }
}
