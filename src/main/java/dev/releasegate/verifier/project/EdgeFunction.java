package dev.releasegate.verifier.project;

import java.time.Instant;
import java.util.Optional;

/**
 * An Edge Function as {@code GET /v1/projects/{ref}/functions} lists it (FunctionResponse): {@code slug}, {@code name},
 * {@code status} (ACTIVE, REMOVED, THROTTLED), {@code version}, {@code verify_jwt} (optional) and {@code updated_at}
 * (milliseconds since the epoch, optional here).
 */
public record EdgeFunction(String slug, String name, String status, int version, Optional<Boolean> verifyJwt,
                           Optional<Instant> updatedAt) {

    /** Listed and not removed: a REMOVED function stays in the list but serves nothing. */
    public boolean deployed() {
        return !FunctionStatus.REMOVED.name().equalsIgnoreCase(status);
    }
}
