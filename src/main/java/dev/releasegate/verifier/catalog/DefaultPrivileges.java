package dev.releasegate.verifier.catalog;

import java.util.List;

/**
 * What {@code ALTER DEFAULT PRIVILEGES} grants on objects a role creates later in one schema:
 * {@code objectType} is tables, sequences, functions, types or schemas; each grant reads "grantee PRIVILEGE".
 */
public record DefaultPrivileges(String role, String schema, String objectType, List<String> grants) {

    public DefaultPrivileges {
        grants = List.copyOf(grants);
    }
}
