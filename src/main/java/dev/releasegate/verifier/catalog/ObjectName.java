package dev.releasegate.verifier.catalog;

/**
 * An object a privilege is held on, as a checklist writes it: a table, view or sequence ({@code "trackpay_users"}),
 * or a function, with argument types ({@code "f(uuid)"}) or without when it has one overload.
 */
public record ObjectName(String text, QualifiedName relation, FunctionSignature function, boolean namesFunction) {

    public static ObjectName parse(String text, String defaultSchema) {
        String trimmed = text.trim();
        boolean namesFunction = trimmed.endsWith(")") && trimmed.indexOf('(') > 0;
        QualifiedName relation = QualifiedName.parse(namesFunction ? trimmed.substring(0, trimmed.indexOf('(')) : trimmed, defaultSchema);
        return new ObjectName(trimmed, relation, FunctionSignature.parse(trimmed, defaultSchema), namesFunction);
    }

    @Override
    public String toString() {
        return text;
    }
}
