package dev.releasegate.verifier.catalog;

import java.util.Set;

/**
 * A user trigger (internal constraint triggers excluded). {@code firing} is pg_trigger.tgenabled:
 * O (origin, the default) and A (always) fire in normal sessions, R only in replica sessions, D never.
 */
public record Trigger(QualifiedName table, String name, TriggerTiming timing, Set<TriggerEvent> events, boolean forEachRow,
                      QualifiedName function, String firing) {

    public Trigger {
        events = Set.copyOf(events);
    }

    /** Whether it fires in the sessions an application opens. */
    public boolean enabled() {
        return "O".equals(firing) || "A".equals(firing);
    }

    /** How tgenabled reads in a report. */
    public String state() {
        return switch (firing) {
            case "O" -> "enabled";
            case "A" -> "enabled (always, also in replica sessions)";
            case "R" -> "enabled only in replica sessions (ENABLE REPLICA TRIGGER), so it does not fire for the application";
            case "D" -> "disabled";
            default -> "in unknown state " + firing;
        };
    }
}
