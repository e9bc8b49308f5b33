package dev.releasegate.verifier.writer;


import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.ObjectName;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;
import java.util.Optional;

/**
 * How a value from the catalog is written into a checklist so that the verifier reads it back as the same value.
 * Every name is checked by reading it back with the parser the steps use ({@link QualifiedName#parse},
 * {@link FunctionSignature#parse}, {@link ObjectName#parse}); a value that would read back as something else (a
 * quote inside a sentence argument, a comma inside a column list, {@code ${...}} that a run would expand) is
 * empty here, and the writer leaves its item out and says so, rather than writing an item that checks the wrong thing.
 */
final class GherkinText {

    private final String defaultSchema;

    GherkinText(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    String defaultSchema() {
        return defaultSchema;
    }

    /** A data table cell's text, or empty when a run would not read it back unchanged (cells are trimmed and expanded). */
    static Optional<String> cell(String value) {
        if (value == null || value.isEmpty() || !value.strip().equals(value) || value.contains("${") || value.contains("\r")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Gherkin's escapes inside a table cell: backslash, pipe and new line. */
    static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n");
    }

    /** A sentence argument in double quotes, or empty when the text holds a quote, a line break or {@code ${}. */
    static Optional<String> argument(String value) {
        if (value == null || value.isEmpty() || value.contains("\"") || value.contains("\n")) {
            return Optional.empty();
        }
        return cell(value).map(v -> "\"" + v + "\"");
    }

    /** An argument Cucumber reads as {@code {string}}, where a backslash escapes: none allowed. */
    static Optional<String> stringArgument(String value) {
        return value == null || value.contains("\\") ? Optional.empty() : argument(value);
    }

    /** "trackpay_users" or "audit.logs": a name as a sentence argument, when it reads back as itself. */
    Optional<String> nameArgument(QualifiedName name) {
        String text = plain(name, defaultSchema);
        return QualifiedName.parse(text, defaultSchema).equals(name) ? argument(text) : Optional.empty();
    }

    /** A name in a cell read with the default schema. */
    Optional<String> nameCell(QualifiedName name) {
        return nameCell(name, defaultSchema);
    }

    /** A name in a cell read against {@code schema}: plain when that reads back, else in double quotes. */
    static Optional<String> nameCell(QualifiedName name, String schema) {
        String plain = plain(name, schema);
        if (cell(plain).isPresent() && QualifiedName.parse(plain, schema).equals(name)) {
            return Optional.of(plain);
        }
        String quoted = (name.schema().equals(schema) ? "" : quote(name.schema()) + ".") + quote(name.name());
        if (cell(quoted).isPresent() && QualifiedName.parse(quoted, schema).equals(name)) {
            return Optional.of(quoted);
        }
        return Optional.empty();
    }

    /** The name as a person writes it: without the schema when it is the one names are looked up in. */
    static String plain(QualifiedName name, String schema) {
        return name.schema().equals(schema) ? name.name() : name.schema() + "." + name.name();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** "a, b": a list the steps split on commas, or empty when an item holds a comma or would be trimmed. */
    static Optional<String> listCell(List<String> items) {
        if (items.isEmpty() || items.stream().anyMatch(i -> i.contains(",") || cell(i).isEmpty())) {
            return Optional.empty();
        }
        return cell(String.join(", ", items));
    }

    /** "delete_client_relationship_safely(uuid)": the overload and nothing else, as the steps resolve it. */
    String functionText(Function function) {
        return plain(function.name(), defaultSchema) + "(" + String.join(", ", function.argumentTypes()) + ")";
    }

    private boolean readsBackAs(String text, Function function) {
        FunctionSignature signature = FunctionSignature.parse(text, defaultSchema);
        return signature.name().equals(function.name()) && signature.argumentTypes().isPresent() && signature.matches(function);
    }

    Optional<String> functionArgument(Function function) {
        String text = functionText(function);
        return readsBackAs(text, function) ? argument(text) : Optional.empty();
    }

    Optional<String> functionCell(Function function) {
        String text = functionText(function);
        return readsBackAs(text, function) ? cell(text) : Optional.empty();
    }

    /** A table, view or sequence in a privileges table's object column (which must not read as a function). */
    Optional<String> relationObjectCell(QualifiedName name) {
        return nameCell(name).filter(text -> {
            ObjectName object = ObjectName.parse(text, defaultSchema);
            return !object.namesFunction() && object.relation().equals(name);
        });
    }

    /** A function in a privileges table's object column. */
    Optional<String> functionObjectCell(Function function) {
        return functionCell(function).filter(text -> ObjectName.parse(text, defaultSchema).namesFunction());
    }

    /** A name as a sentence argument where the steps read a function or object: it must not look like a call. */
    Optional<String> relationObjectArgument(QualifiedName name) {
        return nameArgument(name).filter(text -> !ObjectName.parse(text.substring(1, text.length() - 1), defaultSchema).namesFunction());
    }

    /** A LIKE pattern matching exactly one name, or every name of a schema ({@code %}). */
    Optional<String> patternArgument(String schema, String like) {
        String text = schema.equals(defaultSchema) ? like : schema + "." + like;
        NamePattern pattern = NamePattern.parse(text, defaultSchema);
        return pattern.schema().equals(schema) && pattern.like().equals(like) ? argument(text) : Optional.empty();
    }

    /** A LIKE pattern that matches this name only: the wildcards and the escape character escaped. */
    static String exactLike(String name) {
        return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Scenario titles are one line of free text. */
    static String title(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
