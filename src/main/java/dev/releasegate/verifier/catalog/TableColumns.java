package dev.releasegate.verifier.catalog;

import java.util.Arrays;
import java.util.List;

/** A table with, optionally, some of its columns: {@code trackpay_users} or {@code trackpay_users(id)}. */
public record TableColumns(QualifiedName table, List<String> columns) {

    public TableColumns {
        columns = List.copyOf(columns);
    }

    public static TableColumns parse(String text, String defaultSchema) {
        String trimmed = text.trim();
        int open = trimmed.indexOf('(');
        if (open > 0 && trimmed.endsWith(")")) {
            List<String> columns = Arrays.stream(trimmed.substring(open + 1, trimmed.length() - 1).split(","))
                    .map(String::trim).filter(c -> !c.isEmpty()).toList();
            return new TableColumns(QualifiedName.parse(trimmed.substring(0, open), defaultSchema), columns);
        }
        return new TableColumns(QualifiedName.parse(trimmed, defaultSchema), List.of());
    }
}
