package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.Collection;

/** A word in a checklist that has a fixed set of meanings, and this one is not among them. */
public final class UnknownWord extends ChecklistBroken {

    public UnknownWord(String what, String word, Collection<String> accepted) {
        super("unknown " + what + " '" + word + "': use one of " + String.join(", ", accepted));
    }
}
