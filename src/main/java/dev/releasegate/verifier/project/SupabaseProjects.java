package dev.releasegate.verifier.project;

import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.db.EnvironmentValues;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's Supabase projects by name ({@code verify.project.<name>=supabase:<ref>}, from the same three sources as
 * databases). A name is looked up in the settings each time, so a test may point it elsewhere; each distinct project
 * and API configuration gets one {@link SupabaseProject}, shared by every scenario.
 */
public final class SupabaseProjects {

    private final DatabaseSettings settings;
    private final EnvironmentValues values;
    private final SecretMask mask;
    private final Map<Key, SupabaseProject> projects = new ConcurrentHashMap<>();
    private final Map<ManagementApiSettings, ManagementApi> apis = new ConcurrentHashMap<>();

    private record Key(ProjectAddress address, ManagementApiSettings api) {
    }

    public SupabaseProjects(DatabaseSettings settings, EnvironmentValues values, SecretMask mask) {
        this.settings = settings;
        this.values = values;
        this.mask = mask;
    }

    /** The project configured for the name; fails with the settings to add when there is none. */
    public SupabaseProject get(String name) {
        String value = settings.project(name).orElseThrow(() -> notConfigured(name));
        ProjectAddress address = ProjectAddress.parse(name, value);
        ManagementApiSettings api = ManagementApiSettings.from(settings, values, mask);
        return projects.computeIfAbsent(new Key(address, api),
                key -> new SupabaseProject(address, apis.computeIfAbsent(api, ManagementApi::new)));
    }

    /** Every project this run has named so far, for the report's environment panel. */
    public Collection<SupabaseProject> opened() {
        return List.copyOf(projects.values());
    }

    private ChecklistBroken notConfigured(String name) {
        List<String> known = List.copyOf(settings.configuredNames(DatabaseSettings.PROJECT_PREFIX));
        return ChecklistBroken.configuration("Supabase project '" + name + "' is not configured: " + DatabaseSettings.howToConfigureProject(name)
                + (known.isEmpty() ? "" : " (configured projects: " + String.join(", ", known) + ")"));
    }
}
