package dev.releasegate.verifier.steps;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs checklists with Supabase projects configured (names, the API's address, the token, a short backoff), the
 * settings set for the run and restored after it.
 */
public final class ProjectRun implements AutoCloseable {

    private final Map<String, String> previous = new HashMap<>();

    private ProjectRun(Map<String, String> settings) {
        settings.forEach((key, value) -> {
            previous.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
    }

    /** The projects by name ({@code production -> abcdefghijklmnopqrst}) at an API address, with this token. */
    public static ProjectRun with(String apiUrl, String token, Map<String, String> projects, Map<String, String> more) {
        Map<String, String> settings = new LinkedHashMap<>();
        projects.forEach((name, ref) -> settings.put("verify.project." + name, "supabase:" + ref));
        settings.put("verify.supabase-api-url", apiUrl);
        settings.put("verify.supabase-access-token", token);
        settings.put("verify.supabase-api-backoff-ms", "5");
        settings.put("verify.supabase-api-timeout-ms", "5000");
        settings.putAll(more);
        return new ProjectRun(settings);
    }

    public Checklists.Outcome run(String... features) {
        return Checklists.run(Map.of(), features);
    }

    public Checklists.Outcome run(Map<String, String> configuration, String... features) {
        return Checklists.run(Map.of(), configuration, features);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
