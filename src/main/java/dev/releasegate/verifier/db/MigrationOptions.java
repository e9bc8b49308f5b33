package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.Locale;

/** How a migrations folder is applied to a database the verifier builds: {@code seed} false skips supabase/seed.sql. */
public record MigrationOptions(boolean seed) {

    /** The setting that skips the Supabase seed: {@code verify.embedded.seed=false}. */
    public static final String SEED_SETTING = "verify.embedded.seed";

    public static final MigrationOptions DEFAULT = new MigrationOptions(true);

    public static MigrationOptions from(DatabaseSettings settings) {
        return new MigrationOptions(settings.setting(SEED_SETTING).map(MigrationOptions::bool).orElse(true));
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw ChecklistBroken.configuration(SEED_SETTING + " is '" + value
                    + "': it accepts true (apply supabase/seed.sql after the migrations, the default) or false (skip it)");
        };
    }
}
