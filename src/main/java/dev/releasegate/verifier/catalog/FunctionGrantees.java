package dev.releasegate.verifier.catalog;

import java.util.List;

/**
 * Who is granted EXECUTE on a function, as its ACL says (the default ACL when none was ever set):
 * role names, and {@code PUBLIC} for a grant to every role.
 */
public record FunctionGrantees(long oid, QualifiedName name, List<String> argumentTypes, List<String> grantees) {

    public FunctionGrantees {
        argumentTypes = List.copyOf(argumentTypes);
        grantees = List.copyOf(grantees);
    }

    /** "delete_client_relationship_safely(uuid)", the way {@link Function#signature()} names it. */
    public String signature() {
        return name + "(" + String.join(", ", argumentTypes) + ")";
    }
}
