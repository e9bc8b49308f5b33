package dev.releasegate.verifier.evidence;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.ChecklistBroken;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts recorded from one database at one time, kept as a small JSON file so that a later run (after the
 * source is gone) can compare against them, and so that it can be committed as evidence. Tables are keyed
 * schema-qualified, so a record reads the same whatever the default schema of the run that reads it.
 */
public record RowCountRecord(String name, String database, String maskedUrl, String serverVersion, Instant recordedAt,
                             String tables, Map<QualifiedName, Long> counts) {

    public RowCountRecord {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** The file's text: hand-written JSON (the project has no JSON library), one table per line, in name order. */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\n");
        field(out, "record", name);
        field(out, "database", database);
        field(out, "url", maskedUrl);
        field(out, "server_version", serverVersion);
        field(out, "recorded_at", recordedAt.toString());
        field(out, "tables", tables);
        out.append("  \"row_counts\": {");
        int i = 0;
        for (Map.Entry<QualifiedName, Long> e : counts.entrySet()) {
            out.append(i++ == 0 ? "\n" : ",\n").append("    ").append(string(e.getKey().schema() + "." + e.getKey().name()))
                    .append(": ").append(e.getValue());
        }
        out.append(counts.isEmpty() ? "}\n" : "\n  }\n").append("}\n");
        return out.toString();
    }

    /** Reads a record file's text; a file that is not such a record is an error that names what is wrong with it. */
    public static RowCountRecord fromJson(String json, String source) {
        Object parsed;
        try {
            parsed = new Parser(json).document();
        } catch (IllegalArgumentException e) {
            throw new ChecklistBroken(source + " is not a row count record: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> root)) {
            throw new ChecklistBroken(source + " is not a row count record: it does not hold a JSON object");
        }
        if (!(root.get("row_counts") instanceof Map<?, ?> rows)) {
            throw new ChecklistBroken(source + " is not a row count record: it has no \"row_counts\" object");
        }
        Map<QualifiedName, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : rows.entrySet()) {
            if (!(e.getValue() instanceof Long n)) {
                throw new ChecklistBroken(source + " is not a row count record: the count of " + e.getKey() + " is not a whole number");
            }
            counts.put(QualifiedName.parse((String) e.getKey(), QualifiedName.DEFAULT_SCHEMA), n);
        }
        Instant at;
        try {
            at = Instant.parse(text(root, "recorded_at", source));
        } catch (DateTimeParseException e) {
            throw new ChecklistBroken(source + " is not a row count record: \"recorded_at\" is not an ISO instant");
        }
        return new RowCountRecord(text(root, "record", source), text(root, "database", source), optional(root, "url"),
                optional(root, "server_version"), at, optional(root, "tables"), counts);
    }

    private static String text(Map<?, ?> root, String key, String source) {
        if (!(root.get(key) instanceof String s)) {
            throw new ChecklistBroken(source + " is not a row count record: it has no \"" + key + "\" text");
        }
        return s;
    }

    private static String optional(Map<?, ?> root, String key) {
        return root.get(key) instanceof String s ? s : "";
    }

    private static void field(StringBuilder out, String key, String value) {
        out.append("  ").append(string(key)).append(": ").append(value == null ? "null" : string(value)).append(",\n");
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Enough JSON to read a record back, even after a person reformatted it: objects, arrays, strings, numbers, literals. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            space();
            if (at < text.length()) {
                throw error("unexpected text after the end");
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("it ends too early");
            }
            char c = text.charAt(at);
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return string();
            }
            if (c == '-' || Character.isDigit(c)) {
                return number();
            }
            for (String literal : List.of("true", "false", "null")) {
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            throw error("unexpected '" + c + "'");
        }

        private Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            at++;
            space();
            if (peek('}')) {
                at++;
                return out;
            }
            while (true) {
                space();
                if (!peek('"')) {
                    throw error("expected a quoted key");
                }
                String key = string();
                space();
                expect(':');
                out.put(key, value());
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return out;
                }
            }
        }

        private List<Object> array() {
            List<Object> out = new ArrayList<>();
            at++;
            space();
            if (peek(']')) {
                at++;
                return out;
            }
            while (true) {
                out.add(value());
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return out;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    if (at >= text.length()) {
                        break;
                    }
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            if (at + 4 > text.length()) {
                                throw error("a \\u escape is cut short");
                            }
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            throw error("a string is not closed");
        }

        private Object number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String n = text.substring(start, at);
            try {
                return n.matches("-?\\d+") ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
            } catch (NumberFormatException e) {
                throw error("'" + n + "' is not a number");
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private IllegalArgumentException error(String what) {
            int line = 1;
            for (int i = 0; i < Math.min(at, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return new IllegalArgumentException(what + " (line " + line + ")");
        }
    }
}
