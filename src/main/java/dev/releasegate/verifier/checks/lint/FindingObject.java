package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;
import java.util.Optional;

/**
 * What a finding is about, as splinter's metadata names it: a table, view or other relation, a function (with its
 * argument types), an extension or a storage bucket (no schema). {@code otherNames} are names an {@code except:}
 * row may use instead: the index of an index lint, a bucket's id.
 */
public record FindingObject(QualifiedName name, Optional<Function> function, List<QualifiedName> otherNames) {

    public FindingObject {
        otherNames = List.copyOf(otherNames);
    }

    static FindingObject relation(QualifiedName name) {
        return new FindingObject(name, Optional.empty(), List.of());
    }

    static FindingObject function(Function function) {
        return new FindingObject(function.name(), Optional.of(function), List.of());
    }

    /** An object outside any schema (an extension, a bucket). */
    static FindingObject unqualified(String name, List<String> otherNames) {
        return new FindingObject(new QualifiedName("", name), Optional.empty(),
                otherNames.stream().map(n -> new QualifiedName("", n)).toList());
    }

    FindingObject alsoNamed(List<QualifiedName> names) {
        return new FindingObject(name, function, names);
    }

    /** As a checklist writes it: schema-qualified outside the default schema; a function with its argument types. */
    public String display(String defaultSchema) {
        String shown = display(name, defaultSchema);
        return function.map(f -> shown + "(" + String.join(", ", f.argumentTypes()) + ")").orElse(shown);
    }

    static String display(QualifiedName name, String defaultSchema) {
        return name.schema().isEmpty() || name.schema().equals(defaultSchema) ? name.name() : name.schema() + "." + name.name();
    }

    /** Whether an {@code except:} row's object names this one. */
    public boolean isNamedBy(String written, String defaultSchema) {
        if (function.isPresent()) {
            return FunctionSignature.parse(written, defaultSchema).matches(function.get());
        }
        if (name.schema().isEmpty()) {
            String bare = unquote(written.trim());
            return bare.equals(name.name()) || otherNames.stream().anyMatch(n -> n.name().equals(bare));
        }
        QualifiedName parsed = QualifiedName.parse(written, defaultSchema);
        return parsed.equals(name) || otherNames.contains(parsed);
    }

    private static String unquote(String text) {
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1).replace("\"\"", "\"") : text;
    }
}
