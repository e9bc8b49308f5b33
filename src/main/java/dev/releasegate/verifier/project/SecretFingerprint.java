package dev.releasegate.verifier.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What the verifier keeps of a secret's value: a SHA-256 of whatever the API returned for it (a digest, as the API
 * documents, or a value, should one ever come back), taken in memory the moment the answer is read. Two fingerprints
 * are equal exactly when the returned texts were; the text itself is never kept, shown or written.
 */
public final class SecretFingerprint {

    private final byte[] sha256;

    private SecretFingerprint(byte[] sha256) {
        this.sha256 = sha256;
    }

    public static SecretFingerprint of(String returned) {
        try {
            return new SecretFingerprint(MessageDigest.getInstance("SHA-256").digest(returned.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretFingerprint that && MessageDigest.isEqual(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    /** Nothing of the value, not even of its hash: a report needs only "same" or "different". */
    @Override
    public String toString() {
        return "(secret value)";
    }
}
