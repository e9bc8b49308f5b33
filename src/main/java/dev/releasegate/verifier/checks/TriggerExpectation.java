package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.TriggerEvent;
import dev.releasegate.verifier.catalog.TriggerTiming;

import java.util.Optional;
import java.util.Set;

/** A row of "these triggers exist"; an absent value is not checked. */
public record TriggerExpectation(QualifiedName table, String name, Optional<TriggerTiming> timing, Optional<Set<TriggerEvent>> events,
                                 Optional<QualifiedName> function, Optional<Boolean> enabled) {
}
