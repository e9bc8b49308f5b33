package dev.releasegate.verifier.catalog;

/** An installed extension, the schema its objects live in, and its installed version. */
public record Extension(String name, String schema, String version) {
}
