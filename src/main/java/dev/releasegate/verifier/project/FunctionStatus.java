package dev.releasegate.verifier.project;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.Arrays;
import java.util.Locale;

/** The states of an Edge Function in the Management API's OpenAPI description; a checklist writes them in any case. */
public enum FunctionStatus {
    ACTIVE, REMOVED, THROTTLED;

    public static FunctionStatus parse(String word) {
        String upper = word.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst().orElseThrow(() -> new ChecklistBroken(
                "unknown Edge Function status '" + word.trim() + "': use ACTIVE, REMOVED or THROTTLED"));
    }

    public boolean is(String status) {
        return name().equalsIgnoreCase(status);
    }
}
