package dev.releasegate.verifier.catalog;

import java.util.Arrays;
import java.util.Locale;

/** The command a row level security policy applies to. */
public enum PolicyCommand {
    SELECT('r'), INSERT('a'), UPDATE('w'), DELETE('d'), ALL('*');

    private final char code;

    PolicyCommand(char code) {
        this.code = code;
    }

    public static PolicyCommand fromCatalog(String code) {
        return Arrays.stream(values()).filter(c -> String.valueOf(c.code).equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("pg_policy has an unknown command code " + code));
    }

    public static PolicyCommand fromWord(String word) {
        String normalised = word.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new UnknownWord("policy command", word.trim(), Arrays.stream(values()).map(Enum::name).toList()));
    }
}
