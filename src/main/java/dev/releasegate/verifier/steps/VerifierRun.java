package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.Catalogs;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.db.Databases;
import dev.releasegate.verifier.db.EmbeddedDatabases;
import dev.releasegate.verifier.db.EnvironmentValues;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.project.SupabaseProjects;

/**
 * What a whole run shares: the databases, their catalog snapshots, the secrets to mask. Cucumber builds glue
 * objects per scenario, so this one object is held statically; everything in it is thread-safe.
 */
public final class VerifierRun {

    private static final VerifierRun INSTANCE = new VerifierRun();

    private final SecretMask mask = new SecretMask();
    private final EnvironmentValues values = EnvironmentValues.ofProcess(mask);
    private final DatabaseSettings settings = DatabaseSettings.ofProcess(values);
    private final EmbeddedDatabases embedded = new EmbeddedDatabases();
    private final Databases databases = new Databases(settings, mask, embedded);
    private final Catalogs catalogs = new Catalogs();
    private final SupabaseProjects projects = new SupabaseProjects(settings, values, mask);

    private VerifierRun() {
        ChecklistBroken.maskMessagesWith(mask);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            databases.close();
            embedded.close();
        }, "verifier-shutdown"));
    }

    public static VerifierRun get() {
        return INSTANCE;
    }

    public SecretMask mask() {
        return mask;
    }

    public EnvironmentValues values() {
        return values;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Databases databases() {
        return databases;
    }

    public EmbeddedDatabases embedded() {
        return embedded;
    }

    public Catalogs catalogs() {
        return catalogs;
    }

    /** Supabase projects by name, read through the Management API. */
    public SupabaseProjects projects() {
        return projects;
    }

    /** The schema that names without one are looked up in ({@code verify.default-schema}, default public). */
    public String defaultSchema() {
        return settings.setting("verify.default-schema").orElse("public");
    }
}
