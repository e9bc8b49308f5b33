package dev.releasegate.verifier.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A function as a checklist names it: with argument types ({@code f(uuid)}) for one overload, or without for the only one. */
public record FunctionSignature(QualifiedName name, Optional<List<String>> argumentTypes) {

    public static FunctionSignature parse(String text, String defaultSchema) {
        String trimmed = text.trim();
        int open = trimmed.indexOf('(');
        if (open < 0) {
            return new FunctionSignature(QualifiedName.parse(trimmed, defaultSchema), Optional.empty());
        }
        if (!trimmed.endsWith(")")) {
            throw new dev.releasegate.verifier.outcome.ChecklistBroken("'" + text + "' is not a function signature: write name(type, type) or just name");
        }
        QualifiedName name = QualifiedName.parse(trimmed.substring(0, open), defaultSchema);
        String inside = trimmed.substring(open + 1, trimmed.length() - 1).trim();
        List<String> types = new ArrayList<>();
        if (!inside.isEmpty()) {
            int depth = 0;
            StringBuilder current = new StringBuilder();
            for (char c : inside.toCharArray()) {
                if (c == '(') depth++;
                if (c == ')') depth--;
                if (c == ',' && depth == 0) {
                    types.add(current.toString().trim());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            types.add(current.toString().trim());
        }
        return new FunctionSignature(name, Optional.of(List.copyOf(types)));
    }

    public boolean matches(Function function) {
        if (!function.name().equals(name)) {
            return false;
        }
        if (argumentTypes.isEmpty()) {
            return true;
        }
        List<String> expected = argumentTypes.get();
        List<String> actual = function.argumentTypes();
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!TypeNames.same(stripArgumentName(expected.get(i)), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** "p_client_id uuid" -> "uuid": signatures copied from a create function statement carry names. */
    private static String stripArgumentName(String argument) {
        String[] words = argument.trim().split("\\s+", 2);
        if (words.length == 2 && !TypeNames.canonical(argument).equals(TypeNames.canonical(words[1]))
                && !argument.contains("(") && !List.of("double", "character", "timestamp", "time", "bit").contains(words[0].toLowerCase())) {
            return words[1];
        }
        return argument;
    }

    @Override
    public String toString() {
        return name + argumentTypes.map(t -> "(" + String.join(", ", t) + ")").orElse("");
    }
}
