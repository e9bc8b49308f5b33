package dev.releasegate.verifier.catalog;

import java.util.Arrays;
import java.util.Locale;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ForeignKeyRule {
    RESTRICT('r', "RESTRICT"),
    CASCADE('c', "CASCADE"),
    SET_NULL('n', "SET NULL"),
    SET_DEFAULT('d', "SET DEFAULT"),
    NO_ACTION('a', "NO ACTION");

    private final char code;
    private final String words;

    ForeignKeyRule(char code, String words) {
        this.code = code;
        this.words = words;
    }

    public static ForeignKeyRule fromCatalog(String code) {
        return Arrays.stream(values()).filter(r -> String.valueOf(r.code).equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("pg_constraint has an unknown rule code " + code));
    }

    public static ForeignKeyRule fromWords(String text) {
        String normalised = text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.words.equals(normalised)).findFirst()
                .orElseThrow(() -> new UnknownWord("foreign key rule", text.trim(), Arrays.stream(values()).map(ForeignKeyRule::words).toList()));
    }

    public String words() {
        return words;
    }

    @Override
    public String toString() {
        return words;
    }
}
