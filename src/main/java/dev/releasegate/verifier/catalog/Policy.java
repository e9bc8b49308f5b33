package dev.releasegate.verifier.catalog;

import java.util.List;

/** A row level security policy; roles hold {@code public} for policies that apply to every role. */
public record Policy(QualifiedName table, String name, PolicyCommand command, List<String> roles, boolean permissive,
                     String using, String withCheck) {

    public Policy {
        roles = List.copyOf(roles);
    }
}
