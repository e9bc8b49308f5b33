package dev.releasegate.verifier.evidence;

/** Where evidence goes: in a run, the current Cucumber scenario (and from there the reports). */
@FunctionalInterface
public interface AttachmentSink {
    void attach(byte[] data, String mediaType, String name);
}
