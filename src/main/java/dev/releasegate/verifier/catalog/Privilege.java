package dev.releasegate.verifier.catalog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A privilege PostgreSQL grants on a table-like object or a function. */
public enum Privilege {
    SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN, USAGE, CREATE, EXECUTE;

    /** The words a privileges cell accepts, ALL included. */
    public static final List<String> WORDS = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER",
            "MAINTAIN", "USAGE", "CREATE", "EXECUTE", "ALL");

    public static Privilege fromWord(String word) {
        String normalised = word.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new UnknownWord("privilege", word.trim(), WORDS));
    }

    /** "SELECT, INSERT, UPDATE" or "ALL"; {@code all} is what ALL means for the object at hand. */
    public static Set<Privilege> parseList(String text, Set<Privilege> all) {
        Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
        for (String word : text.split(",")) {
            if (word.isBlank()) {
                continue;
            }
            String w = word.trim().toUpperCase(Locale.ROOT);
            if (w.equals("ALL") || w.equals("ALL PRIVILEGES")) {
                privileges.addAll(all);
            } else {
                privileges.add(fromWord(w));
            }
        }
        return privileges;
    }

    /** "SELECT, INSERT", in PostgreSQL's order. */
    public static String describe(Set<Privilege> privileges) {
        return privileges.isEmpty() ? "none" : String.join(", ", privileges.stream().sorted().map(Enum::name).toList());
    }
}
