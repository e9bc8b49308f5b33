package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.UnknownWord;

import java.util.Arrays;
import java.util.Locale;

/** The eight security findings, with the identifier a checklist's {@code except:} names, why each matters and the fix. */
public enum SecurityRule {
    RLS_DISABLED_IN_PUBLIC(
            "row level security is off on a table the API exposes, so anon and authenticated can read and change every row",
            "ALTER TABLE %s ENABLE ROW LEVEL SECURITY, then add policies for the roles that need access"),
    RLS_ENABLED_NO_POLICY(
            "row level security is on but no policy exists, so no API role can read or write a single row",
            "add policies for the roles that need access, or except it here if only security definer functions use %s"),
    POLICY_EXISTS_RLS_DISABLED(
            "policies are written but row level security is off, so they do nothing and every row is open",
            "ALTER TABLE %s ENABLE ROW LEVEL SECURITY"),
    FUNCTION_SEARCH_PATH_MUTABLE(
            "a security definer function without a fixed search_path resolves names through the caller's search_path,"
                    + " so a caller can make it run their own objects with the owner's rights",
            "ALTER FUNCTION %s SET search_path = '' (and qualify the names it uses), or a fixed list of trusted schemas"),
    SECURITY_DEFINER_VIEW(
            "the view runs with its owner's rights, so it bypasses the row level security of the tables it reads",
            "ALTER VIEW %s SET (security_invoker = true) (PostgreSQL 15+), or revoke SELECT on it from anon and authenticated"),
    AUTH_USERS_EXPOSED(
            "it reveals rows of auth.users (emails, sign-in data, metadata) to API callers",
            "REVOKE SELECT ON %s FROM anon, authenticated, or move it to a schema the API does not expose"),
    ANON_CAN_EXECUTE_DEFINER_FUNCTION(
            "anyone holding the public anon key may call a function that runs with its owner's rights",
            "REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC, anon, then GRANT EXECUTE to the roles that need it"),
    UNINDEXED_FOREIGN_KEYS(
            "without an index on its columns, every delete or key update of a referenced row scans this table",
            "CREATE INDEX ON %s");

    private final String why;
    private final String fix;

    SecurityRule(String why, String fix) {
        this.why = why;
        this.fix = fix;
    }

    /** The identifier exactly as the vocabulary writes it: {@code rls_enabled_no_policy}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String why() {
        return why;
    }

    /** How to fix it, for the object named. */
    public String fix(String object) {
        return fix.formatted(object);
    }

    public static SecurityRule fromId(String id) {
        String normalised = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.id().equals(normalised)).findFirst()
                .orElseThrow(() -> new UnknownWord("security finding", id.trim(), Arrays.stream(values()).map(SecurityRule::id).toList()));
    }

    @Override
    public String toString() {
        return id();
    }
}
