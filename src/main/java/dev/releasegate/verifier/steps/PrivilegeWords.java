package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.Privilege;

import java.util.Locale;
import java.util.Set;

/** Privileges as a checklist writes them, {@code SELECT, INSERT} or {@code ALL} (whose meaning depends on the object). */
public record PrivilegeWords(Set<Privilege> privileges, boolean all) {

    public PrivilegeWords {
        privileges = Set.copyOf(privileges);
    }

    /** Unknown words fail here, listing the accepted ones. */
    static PrivilegeWords parse(String text) {
        boolean all = TableCells.commaList(text).stream().map(w -> w.toUpperCase(Locale.ROOT))
                .anyMatch(w -> w.equals("ALL") || w.equals("ALL PRIVILEGES"));
        return new PrivilegeWords(Privilege.parseList(text, Set.of()), all);
    }
}
