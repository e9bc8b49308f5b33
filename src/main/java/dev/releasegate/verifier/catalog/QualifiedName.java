package dev.releasegate.verifier.catalog;

import java.util.Comparator;

/** A schema-qualified object name, as the catalog stores it (no quotes, exact case). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    public static final String DEFAULT_SCHEMA = "public";
    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    /**
     * Reads a name as a checklist writes it: {@code trackpay_users}, {@code auth.users}, or with double quotes
     * for names that hold dots: {@code "my.schema"."my.table"}.
     */
    public static QualifiedName parse(String text, String defaultSchema) {
        String trimmed = text.trim();
        if (trimmed.startsWith("\"")) {
            int end = closingQuote(trimmed, 0);
            String first = unquote(trimmed.substring(0, end + 1));
            String rest = trimmed.substring(end + 1);
            if (rest.isEmpty()) {
                return new QualifiedName(defaultSchema, first);
            }
            if (rest.startsWith(".")) {
                String second = rest.substring(1);
                return new QualifiedName(first, second.startsWith("\"") ? unquote(second) : second);
            }
        }
        int dot = trimmed.indexOf('.');
        if (dot > 0 && dot < trimmed.length() - 1) {
            String second = trimmed.substring(dot + 1);
            return new QualifiedName(trimmed.substring(0, dot), second.startsWith("\"") ? unquote(second) : second);
        }
        return new QualifiedName(defaultSchema, trimmed);
    }

    private static int closingQuote(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return text.length() - 1;
    }

    private static String unquote(String quoted) {
        String inner = quoted.length() >= 2 && quoted.endsWith("\"") ? quoted.substring(1, quoted.length() - 1) : quoted.substring(1);
        return inner.replace("\"\"", "\"");
    }

    /** How reports name it: without the schema when it is {@code public}. */
    @Override
    public String toString() {
        return DEFAULT_SCHEMA.equals(schema) ? name : schema + "." + name;
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }
}
