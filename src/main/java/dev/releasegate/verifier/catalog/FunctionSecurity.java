package dev.releasegate.verifier.catalog;

import java.util.List;
import java.util.Locale;

/** Whose rights a function runs with: SECURITY DEFINER (its owner's) or SECURITY INVOKER (the caller's). */
public enum FunctionSecurity {
    DEFINER, INVOKER;

    /** "definer" or "invoker", in any case; "security definer" as copied from a create function statement also reads. */
    public static FunctionSecurity fromWord(String word) {
        String text = word.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.startsWith("security ")) {
            text = text.substring("security ".length());
        }
        return switch (text) {
            case "definer" -> DEFINER;
            case "invoker" -> INVOKER;
            default -> throw new UnknownWord("security", word.trim(), List.of("definer", "invoker"));
        };
    }

    public static FunctionSecurity of(Function function) {
        return function.securityDefiner() ? DEFINER : INVOKER;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
