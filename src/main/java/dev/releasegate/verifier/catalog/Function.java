package dev.releasegate.verifier.catalog;

import java.util.List;

/**
 * A function or procedure. {@code argumentTypes} are the input types as format_type prints them, which is what
 * a checklist's {@code name(uuid, text)} is matched against.
 */
public record Function(long oid, QualifiedName name, List<String> argumentTypes, String identityArguments, String result,
                       String language, boolean securityDefiner, List<String> settings, String definition, String kind,
                       List<String> argumentNames, int defaults) {

    public Function {
        argumentTypes = List.copyOf(argumentTypes);
        settings = List.copyOf(settings);
        argumentNames = List.copyOf(argumentNames);
    }

    /** A function whose input arguments have no names and no defaults. */
    public Function(long oid, QualifiedName name, List<String> argumentTypes, String identityArguments, String result,
                    String language, boolean securityDefiner, List<String> settings, String definition, String kind) {
        this(oid, name, argumentTypes, identityArguments, result, language, securityDefiner, settings, definition, kind, List.of(), 0);
    }

    /** The name of input argument {@code i} (from 0), or empty when it has none. */
    public java.util.Optional<String> argumentName(int i) {
        return i < argumentNames.size() && !argumentNames.get(i).isEmpty() ? java.util.Optional.of(argumentNames.get(i)) : java.util.Optional.empty();
    }

    /** "public.delete_client_relationship_safely(uuid)" */
    public String signature() {
        return name + "(" + String.join(", ", argumentTypes) + ")";
    }

    /** The search_path fixed with SET search_path on the function, if any. */
    public java.util.Optional<String> searchPath() {
        return settings.stream().filter(s -> s.startsWith("search_path=")).map(s -> s.substring("search_path=".length())).findFirst();
    }
}
