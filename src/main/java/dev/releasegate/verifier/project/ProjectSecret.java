package dev.releasegate.verifier.project;

import java.util.Optional;

/**
 * An Edge Function secret as {@code GET /v1/projects/{ref}/secrets} lists it (SecretResponse): its {@code name}, and
 * of its {@code value} (a digest) only a fingerprint; empty when the API returned no value.
 */
public record ProjectSecret(String name, Optional<SecretFingerprint> value) {
}
