package dev.releasegate.verifier.steps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of a checklist run with Supabase projects (names, the API's address, the token, a short backoff), to
 * give {@link Checklists#run} as the run's own: nothing is set for the process, so test classes run side by side.
 */
public final class ProjectRun {

    private ProjectRun() {
    }

    /** The projects by name ({@code production -> abcdefghijklmnopqrst}) at an API address, with this token, then {@code more}. */
    public static Map<String, String> settings(String apiUrl, String token, Map<String, String> projects, Map<String, String> more) {
        Map<String, String> settings = new LinkedHashMap<>();
        projects.forEach((name, ref) -> settings.put("verify.project." + name, "supabase:" + ref));
        settings.put("verify.supabase-api-url", apiUrl);
        settings.put("verify.supabase-access-token", token);
        settings.put("verify.supabase-api-backoff-ms", "5");
        settings.put("verify.supabase-api-timeout-ms", "5000");
        settings.putAll(more);
        return settings;
    }
}
