package dev.releasegate.verifier.writer;

import java.util.ArrayList;
import java.util.List;

/**
 * One feature file as it is built: header comments, tags, a title, the database in a Background, and scenarios of
 * steps with data tables. Rendering is a pure function of what was added (columns aligned, LF line ends), so the
 * same database gives the same bytes.
 */
final class FeatureText {

    /** The first line of every file the writer writes: how a later write knows a file is its own. */
    static final String MARKER = "# Written by migration-verifier from the database ";

    private final String fileName;
    private final List<String> header;
    private final String tags;
    private final String title;
    private final String database;
    private final List<String> notes = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();

    FeatureText(String fileName, List<String> header, String tags, String title, String database) {
        this.fileName = fileName;
        this.header = List.copyOf(header);
        this.tags = tags;
        this.title = title;
        this.database = database;
    }

    /** A comment under the feature's title: what this file does not check, and why. */
    FeatureText note(String text) {
        notes.add(text);
        return this;
    }

    Scenario scenario(String name) {
        Scenario scenario = new Scenario(GherkinText.title(name));
        scenarios.add(scenario);
        return scenario;
    }

    /** Scenarios that hold at least one step: an empty one would check nothing. */
    int scenarioCount() {
        return (int) scenarios.stream().filter(s -> !s.steps.isEmpty()).count();
    }

    boolean isEmpty() {
        return scenarioCount() == 0;
    }

    String fileName() {
        return fileName;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    FeatureFile render() {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(tags).append('\n');
        out.append("Feature: ").append(title).append('\n');
        notes.forEach(note -> out.append("  # ").append(note).append('\n'));
        out.append('\n').append("  Background:\n").append("    Given the database ").append(database).append('\n');
        for (Scenario scenario : scenarios) {
            if (scenario.steps.isEmpty()) {
                continue;
            }
            out.append('\n').append("  Scenario: ").append(scenario.name).append('\n');
            scenario.comments.forEach(c -> out.append("    # ").append(c).append('\n'));
            boolean first = true;
            for (Step step : scenario.steps) {
                out.append("    ").append(first ? "Then " : "And ").append(step.sentence()).append('\n');
                if (step.table() != null) {
                    step.table().render(out, "      ");
                }
                first = false;
            }
        }
        return new FeatureFile(fileName, out.toString(), scenarioCount());
    }

    /** One scenario: comments, then steps, the first introduced by Then and the others by And. */
    static final class Scenario {
        private final String name;
        private final List<String> comments = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();

        private Scenario(String name) {
            this.name = name;
        }

        Scenario comment(String text) {
            comments.add(GherkinText.title(text));
            return this;
        }

        Scenario step(String sentence) {
            steps.add(new Step(sentence, null));
            return this;
        }

        /** A step with a data table; a table without rows is not written (the steps refuse "nothing to check"). */
        Scenario step(String sentence, Table table) {
            if (!table.isEmpty()) {
                steps.add(new Step(sentence, table));
            }
            return this;
        }
    }

    private record Step(String sentence, Table table) {
    }

    /** A data table: a header and rows of cells as they should read back (escaped when rendered). */
    static final class Table {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        Table(String... header) {
            this.header = List.of(header);
        }

        Table row(String... cells) {
            return row(List.of(cells));
        }

        Table row(List<String> cells) {
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + cells.size() + " cells under " + header);
            }
            rows.add(List.copyOf(cells));
            return this;
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        int size() {
            return rows.size();
        }

        private void render(StringBuilder out, String indent) {
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            rows.forEach(r -> all.add(r.stream().map(GherkinText::escape).toList()));
            int[] widths = new int[header.size()];
            for (List<String> row : all) {
                for (int i = 0; i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
                }
            }
            for (List<String> row : all) {
                out.append(indent).append('|');
                for (int i = 0; i < row.size(); i++) {
                    String cell = row.get(i);
                    out.append(' ').append(cell).append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length()))).append(" |");
                }
                out.append('\n');
            }
        }
    }
}
