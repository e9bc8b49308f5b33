package dev.releasegate.verifier.catalog;

import java.util.Set;

/**
 * What one role may do on one table, view or sequence, as has_table_privilege / has_sequence_privilege decide
 * (grants to PUBLIC, role membership, ownership and superuser all counted). {@code applicable} is what ALL means here.
 */
public record RelationPrivileges(QualifiedName relation, String kind, Set<Privilege> granted, Set<Privilege> applicable) {

    public RelationPrivileges {
        granted = Set.copyOf(granted);
        applicable = Set.copyOf(applicable);
    }
}
