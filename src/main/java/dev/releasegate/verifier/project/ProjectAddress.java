package dev.releasegate.verifier.project;

import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.regex.Pattern;

/**
 * A Supabase project as a checklist names it ({@code production}) and as the Management API knows it (its ref).
 * The ref goes into request paths, so it is held to the API's own pattern (20 lowercase letters) and never spliced
 * in as written.
 */
public record ProjectAddress(String name, String ref) {

    public static final String PREFIX = "supabase:";
    private static final Pattern REF = Pattern.compile("[a-z]{20}");

    public ProjectAddress {
        if (!REF.matcher(ref).matches()) {
            throw new IllegalArgumentException("not a project ref: " + ref);
        }
    }

    /** {@code supabase:abcdefghijklmnopqrst}, as configured for the name. */
    public static ProjectAddress parse(String name, String value) {
        String trimmed = value.trim();
        if (!trimmed.startsWith(PREFIX) || !REF.matcher(trimmed.substring(PREFIX.length()).trim()).matches()) {
            throw ChecklistBroken.configuration("Supabase project '" + name + "' is configured as '" + trimmed + "', which is not "
                    + PREFIX + "<project-ref> (the ref is the 20 lowercase letters in the dashboard's address, "
                    + "supabase.com/dashboard/project/<project-ref>): correct " + DatabaseSettings.PROJECT_PREFIX + name);
        }
        return new ProjectAddress(name, trimmed.substring(PREFIX.length()).trim());
    }

    /** "production (supabase:abcdefghijklmnopqrst)" */
    public String describe() {
        return name + " (" + PREFIX + ref + ")";
    }
}
