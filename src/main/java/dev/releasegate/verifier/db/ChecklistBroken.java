package dev.releasegate.verifier.db;

/**
 * A checklist item that could not be checked (bad configuration, unreachable database, bad argument),
 * as opposed to one that was checked and found false. Reports show it as broken, not failed.
 * No stack trace: the message is written for the person reading the report, and a trace would bury it.
 */
public class ChecklistBroken extends RuntimeException {

    public ChecklistBroken(String message) {
        super(message, null, false, false);
    }

}
