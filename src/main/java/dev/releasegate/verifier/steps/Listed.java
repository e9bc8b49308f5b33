package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;

/** The vocabulary's one-column lists, each a type of its own so that its optional header word is known. */
public final class Listed {

    private Listed() {
    }

    /** {@code | table |}: names without a schema are in the default schema, or the schema the sentence names. */
    public record Tables(List<String> names, String defaultSchema) {
        public List<QualifiedName> qualified() {
            return in(defaultSchema);
        }

        public List<QualifiedName> in(String schema) {
            return names.stream().map(n -> QualifiedName.parse(n, schema)).toList();
        }
    }

    /** {@code | view |} */
    public record Views(List<QualifiedName> names) {
    }

    /** {@code | policy |} */
    public record Policies(List<String> names) {
    }

    /** An enum's labels, in order, with or without a {@code | label |} header. */
    public record Labels(List<String> labels) {
    }

    /** {@code | version |} */
    public record Versions(List<String> versions) {
    }

    /** Key values under a header the sentence names ({@code where "config_key" is:}); the header row is optional. */
    public record Keys(List<String> cells) {
        /** The values under the sentence's key column, without the header row if the table has one. */
        public List<String> values(String keyColumn) {
            return List.copyOf(new java.util.LinkedHashSet<>(TableCells.withoutHeader(cells, keyColumn)));
        }
    }

    /** A table compared cell by cell: its header row, then its rows ({@code ${...}} expanded). */
    public record Grid(List<String> header, List<List<String>> rows) {
    }
}
