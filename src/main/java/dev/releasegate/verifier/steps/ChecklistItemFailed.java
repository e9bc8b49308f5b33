package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;

/** A checklist item that was checked and found false. The message says what is wrong; a stack trace would only bury it. */
public final class ChecklistItemFailed extends AssertionError {

    private final FailureCategory category;

    public ChecklistItemFailed(String message, FailureCategory category) {
        super(message);
        this.category = category;
    }

    /** What kind of release risk this item guards against, decided by the step that checked it. */
    public FailureCategory category() {
        return category;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The category marker lets Allure's categories.json group failures without reading the message. */
    @Override
    public String toString() {
        return getClass().getName() + " " + category.marker() + ": " + getMessage();
    }
}
