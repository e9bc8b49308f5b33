package dev.releasegate.verifier.catalog;

import java.util.Optional;

/**
 * A role as the database linter sees it: whether it bypasses row level security, and the PostgREST schemas it
 * is configured with ({@code pgrst.db_schemas} set on the role for this database or for all, as Supabase
 * configures its {@code authenticator}).
 */
public record LintRole(String name, boolean bypassesRowSecurity, Optional<String> postgrestSchemas) {
}
