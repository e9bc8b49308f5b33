package dev.releasegate.verifier.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every attachment of a run's Allure results (name, type, content), scenario by scenario and step by step, with the
 * values that differ between two runs of the same code normalised ({@link RunDependentValues}), so that two runs, or
 * two commits, can be compared as text.
 */
record AllureAttachments(List<Scenario> scenarios) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CONTINUATIONS = Set.of("And", "But", "*");

    /** A scenario, by its feature file (relative, as the run was given it) and the line it starts on. */
    record Scenario(String feature, int line, String name, List<Step> steps) {

        String where() {
            return feature + ":" + line;
        }
    }

    /**
     * A step as the report shows it ({@code And the table ...}), with the keyword it continues ({@code Then} for an
     * {@code And} after a {@code Then}); a fixture (a hook that attached something) is a step too.
     */
    record Step(String scenario, String kind, String name, List<Attachment> attachments) {

        /** A checklist item: a Then (or an And after one), a sentence that checks something. */
        boolean isItem() {
            return kind.equals("Then");
        }

        String where() {
            return scenario + " " + name;
        }
    }

    record Attachment(String name, String type, String content) {

        /** What ran: a statement as Evidence.statement shows it, or a role probe's transcript of what it sent. */
        boolean isSql() {
            return name.endsWith(": SQL") || content.contains("\nstatements:\n");
        }

        /** A catalog query as ScenarioContext shows it, once per scenario, on the first item that relies on it. */
        boolean isCatalogRead() {
            return RunDependentValues.CATALOG_READ.matcher(name).matches();
        }

        /** What came back or was compared: a table (the rows of a query, the verdict's marked table). */
        boolean isRows() {
            return type.equals("text/csv");
        }
    }

    static AllureAttachments read(Path results) {
        Map<String, List<JsonNode>> fixtures = fixtures(results);
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files(results, "-result.json")) {
            JsonNode result = json(file);
            String[] fullName = result.path("fullName").asText().split(":(?=\\d+$)");
            String where = fullName[0] + ":" + fullName[1];
            List<Step> steps = new ArrayList<>();
            UnaryOperator<String> normalise = RunDependentValues.of(everyContent(results, result, fixtures));
            for (JsonNode fixture : fixtures.getOrDefault(result.path("uuid").asText(), List.of())) {
                steps.add(step(results, where, fixture.path("kind").asText(), fixture, normalise));
            }
            if (!result.path("attachments").isEmpty()) {
                ObjectNode own = JSON.createObjectNode().put("name", "(the scenario's own)");
                own.set("attachments", result.path("attachments"));
                steps.add(step(results, where, "scenario", own, normalise));
            }
            String kind = "Given";
            for (JsonNode step : result.path("steps")) {
                String keyword = step.path("name").asText().split(" ", 2)[0];
                kind = CONTINUATIONS.contains(keyword) ? kind : keyword;
                steps.add(step(results, where, kind, step, normalise));
            }
            scenarios.add(new Scenario(fullName[0], Integer.parseInt(fullName[1]), normalise.apply(result.path("name").asText()),
                    List.copyOf(steps)));
        }
        scenarios.sort(Comparator.comparing(Scenario::feature).thenComparingInt(Scenario::line));
        return new AllureAttachments(List.copyOf(scenarios));
    }

    /** Every step that checks something, in report order. */
    List<Step> items() {
        return scenarios.stream().flatMap(s -> s.steps().stream()).filter(Step::isItem).toList();
    }

    /**
     * One block per scenario ({@code scenario <file>:<line> <name>}), one line per step, each attachment's name and type
     * and then its content line by line behind {@code |}. CSV's CRLF line ends are said once, in the attachment's line.
     */
    String listing() {
        StringBuilder out = new StringBuilder();
        for (Scenario scenario : scenarios) {
            out.append("scenario ").append(scenario.where()).append(' ').append(scenario.name()).append('\n');
            for (Step step : scenario.steps()) {
                out.append("  step ").append(step.name()).append('\n');
                for (Attachment attachment : step.attachments()) {
                    boolean crlf = attachment.content().contains("\r\n");
                    out.append("    attachment \"").append(attachment.name()).append("\" ").append(attachment.type())
                            .append(crlf ? " (CRLF line ends)" : "").append('\n');
                    String content = crlf ? attachment.content().replace("\r\n", "\n") : attachment.content();
                    for (String line : content.replace("\r", "\\r").split("\n", -1)) {
                        out.append("      |").append(line.isEmpty() ? "" : " " + line).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** The blocks of a listing that belong to these feature files (a listing is sorted by file, so this is a slice). */
    static String only(String listing, List<String> features) {
        StringBuilder out = new StringBuilder();
        boolean keep = false;
        for (String line : listing.split("(?<=\n)")) {
            if (line.startsWith("scenario ")) {
                String where = line.substring("scenario ".length()).split(" ", 2)[0];
                keep = features.contains(where.substring(0, where.lastIndexOf(':')));
            }
            if (keep) {
                out.append(line);
            }
        }
        return out.toString();
    }

    private static Step step(Path results, String scenario, String kind, JsonNode step, UnaryOperator<String> normalise) {
        List<Attachment> attachments = new ArrayList<>();
        collect(results, step, normalise, attachments);
        return new Step(scenario, kind, normalise.apply(step.path("name").asText()),
                RunDependentValues.catalogReadsByDatabase(attachments));
    }

    /** A step's own attachments, then those of the steps nested in it (Allure nests steps a step opens), in order. */
    private static void collect(Path results, JsonNode step, UnaryOperator<String> normalise, List<Attachment> into) {
        for (JsonNode attachment : step.path("attachments")) {
            into.add(new Attachment(normalise.apply(attachment.path("name").asText()), attachment.path("type").asText(),
                    normalise.apply(content(results, attachment))));
        }
        for (JsonNode nested : step.path("steps")) {
            collect(results, nested, normalise, into);
        }
    }

    /** Every attachment's content of a scenario, for the normalisations that learn a value from one (a user's new id). */
    private static List<String> everyContent(Path results, JsonNode result, Map<String, List<JsonNode>> fixtures) {
        List<String> contents = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>(fixtures.getOrDefault(result.path("uuid").asText(), List.of()));
        nodes.add(result);
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.remove(0);
            node.path("attachments").forEach(a -> contents.add(content(results, a)));
            node.path("steps").forEach(nodes::add);
        }
        return contents;
    }

    private static String content(Path results, JsonNode attachment) {
        Path file = results.resolve(attachment.path("source").asText());
        if (!Files.isRegularFile(file)) {
            return "(no file " + attachment.path("source").asText() + ")";
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hooks around each scenario that attached something, by the scenario's uuid, befores first, each marked with its kind. */
    private static Map<String, List<JsonNode>> fixtures(Path results) {
        Map<String, List<JsonNode>> byChild = new HashMap<>();
        for (Path file : files(results, "-container.json")) {
            JsonNode container = json(file);
            Map<String, List<JsonNode>> kinds = new LinkedHashMap<>();
            kinds.put("Before", new ArrayList<>());
            kinds.put("After", new ArrayList<>());
            container.path("befores").forEach(f -> kinds.get("Before").add(f));
            container.path("afters").forEach(f -> kinds.get("After").add(f));
            for (Map.Entry<String, List<JsonNode>> kind : kinds.entrySet()) {
                for (JsonNode fixture : kind.getValue()) {
                    if (hasAttachments(fixture)) {
                        ObjectNode marked = fixture.deepCopy();
                        marked.put("kind", kind.getKey()).put("name", kind.getKey() + " hook " + fixture.path("name").asText());
                        container.path("children")
                                .forEach(child -> byChild.computeIfAbsent(child.asText(), c -> new ArrayList<>()).add(marked));
                    }
                }
            }
        }
        return byChild;
    }

    private static boolean hasAttachments(JsonNode step) {
        if (!step.path("attachments").isEmpty()) {
            return true;
        }
        for (JsonNode nested : step.path("steps")) {
            if (hasAttachments(nested)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What differs between two runs of the same code, found by running the TrackPay checklist twice (and beside other
     * test classes, which share the JVM's embedded server) and diffing; each is replaced by a placeholder that says what
     * stood there. Nothing else is touched: a value that changes is a change of the audit trail.
     */
    static final class RunDependentValues {

        /** The embedded server's port, chosen free when it starts: in every masked URL. */
        private static final Pattern PORT = Pattern.compile("(?<=[@/])([A-Za-z0-9.-]+):\\d{1,5}(?=/)");
        /**
         * The demo databases are named by a counter of the databases the JVM's embedded server created
         * ({@code embedded_demo_production_1}): it depends on what ran in the JVM before (other tests, their order).
         */
        private static final Pattern EMBEDDED_DATABASE = Pattern.compile("\\b(embedded_[a-z0-9_]*?)_\\d+\\b");
        /** When a statement ran and how long it took (Evidence.statement's {@code -- at:} line, a probe transcript's {@code at:}). */
        private static final Pattern AT = Pattern.compile("(?m)^(-- )?at: \\S+ \\(\\d+ ms\\)$");
        /**
         * Roles belong to the server, not to a database: how many the roles query returns depends on the roles other
         * tests sharing the JVM's embedded server created before it ran (one more after {@code create role} elsewhere).
         */
        private static final Pattern ROLES_RETURNED =
                Pattern.compile("(?m)^(select rolname from pg_roles\\b[^\\n]*\\n-- returned )\\d+ rows?$");
        /** A user a story creates gets a new random id ({@code Given the user "..." exists}): learned from its insert. */
        private static final Pattern NEW_USER = Pattern.compile(
                "insert into auth\\.users \\(id, email\\) values \\(\\?::uuid, \\?\\)\\s+-- parameters: \\[([0-9a-f-]{36}), ([^\\],]+)]");

        /** A catalog read shown on the step that first relied on it (ScenarioContext.showCatalogReads), and its database. */
        static final Pattern CATALOG_READ = Pattern.compile("^catalog query: .* in (\\S+) \\(read once per run\\): SQL$");

        private RunDependentValues() {
        }

        /**
         * A step that reads two databases at once (Both: the row counts of staging and production) logs each side's
         * catalog reads from its own thread, as each side gets them: which database's come first depends on the threads'
         * timing (05-data.feature run alone shows either order). Each run of consecutive catalog reads is put in order of
         * database, keeping the order of one database's own reads (they come from one thread).
         */
        static List<Attachment> catalogReadsByDatabase(List<Attachment> attachments) {
            List<Attachment> out = new ArrayList<>();
            List<Attachment> reads = new ArrayList<>();
            Comparator<Attachment> byDatabase = Comparator.comparing(a -> {
                Matcher read = CATALOG_READ.matcher(a.name());
                return read.matches() ? read.group(1) : "";
            });
            for (Attachment attachment : attachments) {
                if (attachment.isCatalogRead()) {
                    reads.add(attachment);
                    continue;
                }
                reads.sort(byDatabase);
                out.addAll(reads);
                reads.clear();
                out.add(attachment);
            }
            reads.sort(byDatabase);
            out.addAll(reads);
            return List.copyOf(out);
        }

        /** The normalisation for one scenario: its new users' ids are learned from every attachment it holds. */
        static UnaryOperator<String> of(List<String> scenarioContents) {
            Map<String, String> users = new LinkedHashMap<>();
            for (String content : scenarioContents) {
                Matcher user = NEW_USER.matcher(content);
                while (user.find()) {
                    users.put(user.group(1), "<id of user " + user.group(2) + ">");
                }
            }
            return text -> {
                String out = PORT.matcher(text).replaceAll("$1:<port>");
                out = EMBEDDED_DATABASE.matcher(out).replaceAll("$1_<n>");
                out = AT.matcher(out).replaceAll("$1at: <time> (<n> ms)");
                out = ROLES_RETURNED.matcher(out).replaceAll("$1<n> rows");
                for (Map.Entry<String, String> user : users.entrySet()) {
                    out = out.replace(user.getKey(), user.getValue());
                }
                return out;
            };
        }
    }
}
