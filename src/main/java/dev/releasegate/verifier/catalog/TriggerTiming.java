package dev.releasegate.verifier.catalog;

import java.util.Arrays;
import java.util.Locale;

/** When a trigger fires relative to its event. */
public enum TriggerTiming {
    BEFORE("BEFORE"), AFTER("AFTER"), INSTEAD_OF("INSTEAD OF");

    private final String words;

    TriggerTiming(String words) {
        this.words = words;
    }

    /** BEFORE, AFTER or INSTEAD OF, in any case and spacing. */
    public static TriggerTiming fromWords(String text) {
        String normalised = text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.words.equals(normalised)).findFirst()
                .orElseThrow(() -> new UnknownWord("trigger timing", text.trim(), Arrays.stream(values()).map(t -> t.words).toList()));
    }

    /** From pg_trigger.tgtype: bit 2 is BEFORE, bit 64 INSTEAD OF, neither AFTER. */
    static TriggerTiming fromType(int tgtype) {
        if ((tgtype & 64) != 0) {
            return INSTEAD_OF;
        }
        return (tgtype & 2) != 0 ? BEFORE : AFTER;
    }

    @Override
    public String toString() {
        return words;
    }
}
