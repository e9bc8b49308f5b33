package dev.releasegate.verifier.writer;

/** A written feature file: its name in the checklist folder, its text, and how many scenarios it holds. */
public record FeatureFile(String name, String text, int scenarios) {
}
