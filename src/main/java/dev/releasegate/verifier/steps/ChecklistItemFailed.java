package dev.releasegate.verifier.steps;

/** A checklist item that was checked and found false. The message says what is wrong; a stack trace would only bury it. */
public final class ChecklistItemFailed extends AssertionError {

    public ChecklistItemFailed(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
