package dev.releasegate.verifier.catalog;

import java.util.List;

/**
 * A view or materialized view: its definition as PostgreSQL prints it back (pg_get_viewdef), whether it runs
 * with the caller's rights ({@code security_invoker}, PostgreSQL 15+), the relations it reads, and which of
 * the API roles {@code anon} and {@code authenticated} may select from it.
 */
public record View(QualifiedName name, boolean materialized, String definition, boolean securityInvoker,
                   List<QualifiedName> references, List<String> apiRolesThatCanSelect) {

    public View {
        references = List.copyOf(references);
        apiRolesThatCanSelect = List.copyOf(apiRolesThatCanSelect);
    }
}
