package dev.releasegate.verifier.catalog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A data change a trigger fires on. */
public enum TriggerEvent {
    INSERT(4), UPDATE(16), DELETE(8), TRUNCATE(32);

    private final int bit;

    TriggerEvent(int bit) {
        this.bit = bit;
    }

    public static TriggerEvent fromWord(String word) {
        String normalised = word.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new UnknownWord("trigger event", word.trim(), Arrays.stream(values()).map(Enum::name).toList()));
    }

    /** "INSERT OR UPDATE", "insert, update", "UPDATE or DELETE": any order, OR or commas. */
    public static Set<TriggerEvent> parseList(String text) {
        Set<TriggerEvent> events = EnumSet.noneOf(TriggerEvent.class);
        for (String word : text.trim().split("(?i)\\s*,\\s*|\\s+or\\s+")) {
            if (!word.isBlank()) {
                events.add(fromWord(word));
            }
        }
        if (events.isEmpty()) {
            throw new UnknownWord("trigger event", text.trim(), Arrays.stream(values()).map(Enum::name).toList());
        }
        return events;
    }

    static Set<TriggerEvent> fromType(int tgtype) {
        Set<TriggerEvent> events = EnumSet.noneOf(TriggerEvent.class);
        for (TriggerEvent e : values()) {
            if ((tgtype & e.bit) != 0) {
                events.add(e);
            }
        }
        return events;
    }

    /** "INSERT OR UPDATE", in a fixed order. */
    public static String describe(Set<TriggerEvent> events) {
        return String.join(" OR ", events.stream().sorted().map(Enum::name).toList());
    }
}
