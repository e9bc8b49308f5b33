package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.ArrayList;
import java.util.List;

/**
 * Which objects a written checklist covers: those in the schemas named, except names matching an exclusion
 * pattern. An unqualified pattern ({@code tmp_%}) applies in every schema written, a qualified one
 * ({@code audit.log_%}) in its own.
 */
final class Scope {

    private static final String NO_SCHEMA = "\u0000";

    private final List<String> schemas;
    private final List<NamePattern> exclusions = new ArrayList<>();

    Scope(List<String> schemas, List<String> exclusions) {
        this.schemas = List.copyOf(schemas);
        for (String text : exclusions) {
            boolean qualified = !QualifiedName.parse(text, NO_SCHEMA).schema().equals(NO_SCHEMA);
            if (qualified) {
                this.exclusions.add(NamePattern.parse(text, NO_SCHEMA));
            } else {
                schemas.forEach(schema -> this.exclusions.add(NamePattern.parse(text, schema)));
            }
        }
    }

    List<String> schemas() {
        return schemas;
    }

    boolean includes(QualifiedName name) {
        return schemas.contains(name.schema()) && !excluded(name);
    }

    boolean excluded(QualifiedName name) {
        return exclusions.stream().anyMatch(p -> p.matches(name));
    }
}
