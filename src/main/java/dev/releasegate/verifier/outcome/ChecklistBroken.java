package dev.releasegate.verifier.outcome;

import dev.releasegate.verifier.db.SecretMask;

/**
 * A checklist item that could not be checked (bad configuration, unreachable database, bad argument),
 * as opposed to one that was checked and found false. Reports show it as broken, not failed.
 * No stack trace: the message is written for the person reading the report, and a trace would bury it.
 */
public class ChecklistBroken extends RuntimeException {

    /** Every report and the console read messages through here; the run hands over its mask once, when it starts. */
    private static volatile SecretMask messageMask;

    private final boolean configuration;

    public ChecklistBroken(String message) {
        this(message, false);
    }

    protected ChecklistBroken(String message, boolean configuration) {
        super(message, null, false, false);
        this.configuration = configuration;
    }

    /** The run's set-up is wrong (a database not configured or unreachable, a {@code ${...}} not set), not the checklist. */
    public static ChecklistBroken configuration(String message) {
        return new ChecklistBroken(message, true);
    }

    /** True when the set-up must be fixed, false when the checklist itself must be (a bad argument, an unknown word). */
    public boolean isConfiguration() {
        return configuration;
    }

    /**
     * Messages are built from checklist arguments after {@code ${...}} expansion, in many places; masking them here
     * is the one place that covers every report, the console, and Cucumber's and Maven's own output.
     */
    public static void maskMessagesWith(SecretMask mask) {
        messageMask = mask;
    }

    @Override
    public String getMessage() {
        SecretMask mask = messageMask;
        String message = super.getMessage();
        return mask == null ? message : mask.mask(message);
    }

    /** The category marker lets Allure's categories.json file the item under configuration or broken checklist. */
    @Override
    public String toString() {
        return getClass().getName() + " (category: " + (configuration ? "configuration" : "broken checklist") + "): " + getMessage();
    }
}
