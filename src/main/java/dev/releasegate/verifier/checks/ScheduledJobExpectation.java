package dev.releasegate.verifier.checks;

import java.util.Optional;

/** A row of "these scheduled jobs exist"; an absent value is not checked. */
public record ScheduledJobExpectation(String job, Optional<String> schedule, Optional<Boolean> active) {
}
