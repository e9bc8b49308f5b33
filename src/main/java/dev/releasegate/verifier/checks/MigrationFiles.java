package dev.releasegate.verifier.checks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a migration file or folder stands for: Supabase {@code <version>_<name>.sql}, Flyway
 * {@code V<version>__<name>.sql} (underscores in the version read as dots, as Flyway does), a Prisma migration folder's name.
 */
public final class MigrationFiles {

    private static final Pattern FLYWAY = Pattern.compile("V(\\d[^_]*(?:_[^_]+)*?)__.*\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLYWAY_OTHER = Pattern.compile("(?:R|U\\d[^_]*(?:_[^_]+)*?)__.*\\.sql", Pattern.CASE_INSENSITIVE);

    private MigrationFiles() {
    }

    /** The version, or empty for an entry that is not a migration (a README, migration_lock.toml, a repeatable script). */
    public static Optional<String> version(String name, boolean directory) {
        if (name.startsWith(".")) {
            return Optional.empty();
        }
        if (directory) {
            return Optional.of(name);
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".sql") || FLYWAY_OTHER.matcher(name).matches()) {
            return Optional.empty();
        }
        Matcher flyway = FLYWAY.matcher(name);
        if (flyway.matches()) {
            return Optional.of(flyway.group(1).replace('_', '.'));
        }
        String stem = name.substring(0, name.length() - ".sql".length());
        int underscore = stem.indexOf('_');
        return Optional.of(underscore > 0 ? stem.substring(0, underscore) : stem);
    }
}
