package dev.releasegate.verifier.catalog;

import java.util.regex.Pattern;

/** SQL LIKE over an object's unqualified name, within one schema: {@code trackpay_%}, {@code audit.%}. */
public record NamePattern(String schema, String like, Pattern regex) {

    public static NamePattern parse(String text, String defaultSchema) {
        QualifiedName name = QualifiedName.parse(text, defaultSchema);
        return new NamePattern(name.schema(), name.name(), toRegex(name.name()));
    }

    /** Every object of one schema. */
    public static NamePattern wholeSchema(String schema) {
        return new NamePattern(schema, "%", toRegex("%"));
    }

    public boolean matches(QualifiedName name) {
        return name.schema().equals(schema) && regex.matcher(name.name()).matches();
    }

    /** SQL LIKE as a regular expression: % any run, _ one character, backslash escapes. */
    public static Pattern toRegex(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return QualifiedName.DEFAULT_SCHEMA.equals(schema) ? like : schema + "." + like;
    }
}
