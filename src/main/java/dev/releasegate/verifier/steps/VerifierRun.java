package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.Catalogs;
import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.db.Databases;
import dev.releasegate.verifier.db.EmbeddedDatabases;
import dev.releasegate.verifier.db.EnvironmentValues;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.project.SupabaseProjects;

import java.util.Map;

/**
 * What a whole run shares: the databases, their catalog snapshots, the settings, the secrets to mask.
 *
 * <p>Cucumber builds glue objects per scenario and gives them no way to reach the configuration of the run they
 * belong to, so the run is found here: the process's own run (the main job), or a run a test bound to its thread
 * with {@link #bind}, with its databases given as parameters. Bound runs share the process's embedded server and
 * mask, so test classes can run in parallel, each with its own names.
 */
public final class VerifierRun implements AutoCloseable {

    private static final class ProcessRun {
        static final VerifierRun INSTANCE = process();
    }

    private static final InheritableThreadLocal<VerifierRun> BOUND = new InheritableThreadLocal<>();

    private final SecretMask mask;
    private final EnvironmentValues values;
    private final DatabaseSettings settings;
    private final EmbeddedDatabases embedded;
    private final Databases databases;
    private final Catalogs catalogs = new Catalogs();
    private final SupabaseProjects projects;

    private VerifierRun(SecretMask mask, EmbeddedDatabases embedded, Map<String, String> settings) {
        this.mask = mask;
        this.values = EnvironmentValues.ofProcess(mask);
        this.settings = DatabaseSettings.ofProcess(values, settings);
        this.embedded = embedded;
        this.databases = new Databases(this.settings, mask, embedded);
        this.projects = new SupabaseProjects(this.settings, values, mask);
    }

    private static VerifierRun process() {
        SecretMask mask = new SecretMask();
        ChecklistBroken.maskMessagesWith(mask);
        VerifierRun run = new VerifierRun(mask, new EmbeddedDatabases(), Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            run.databases.close();
            run.embedded.close();
        }, "verifier-shutdown"));
        return run;
    }

    /** The run the calling thread belongs to: one a test bound, else the process's. */
    public static VerifierRun current() {
        VerifierRun bound = BOUND.get();
        return bound != null ? bound : ProcessRun.INSTANCE;
    }

    /**
     * A run of its own, for a test: these settings (e.g. {@code verify.db.production -> jdbc:...}) over the process's,
     * the process's embedded server and mask, its own connections and catalog snapshots.
     */
    public static VerifierRun withSettings(Map<String, String> settings) {
        VerifierRun process = ProcessRun.INSTANCE;
        return new VerifierRun(process.mask, process.embedded, settings);
    }

    /** Makes {@code run} the current run of this thread (and threads it starts) until the binding is closed. */
    public static Binding bind(VerifierRun run) {
        VerifierRun previous = BOUND.get();
        BOUND.set(run);
        return () -> BOUND.set(previous);
    }

    /** Ends a {@link #bind}. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
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

    /** Closes this run's connections; the process's run is closed at exit, and the embedded server with it. */
    @Override
    public void close() {
        if (this != ProcessRun.INSTANCE) {
            databases.close();
        }
    }
}
