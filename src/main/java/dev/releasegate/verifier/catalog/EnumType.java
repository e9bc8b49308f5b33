package dev.releasegate.verifier.catalog;

import java.util.List;

/** An enum type with its labels in their sort order (pg_enum.enumsortorder). */
public record EnumType(QualifiedName name, List<String> labels) {

    public EnumType {
        labels = List.copyOf(labels);
    }
}
