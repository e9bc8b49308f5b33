package dev.releasegate.verifier.project;

/**
 * The Management API's read-only endpoints a checklist uses, with the permission a token needs for each
 * (the {@code x-oauth-scope} of Supabase's OpenAPI description).
 */
public enum Endpoint {
    PROJECT("", "the project and its database", "projects:read"),
    FUNCTIONS("/functions", "the Edge Functions", "edge_functions:read"),
    SECRETS("/secrets", "the Edge Function secrets", "secrets:read"),
    AUTH_CONFIG("/config/auth", "the auth settings", "auth:read");

    private final String suffix;
    private final String what;
    private final String scope;

    Endpoint(String suffix, String what, String scope) {
        this.suffix = suffix;
        this.what = what;
        this.scope = scope;
    }

    /** "/v1/projects/abcdefghijklmnopqrst/functions" */
    public String path(ProjectAddress project) {
        return "/v1/projects/" + project.ref() + suffix;
    }

    /** "the Edge Functions" */
    public String what() {
        return what;
    }

    /** "edge_functions:read" */
    public String scope() {
        return scope;
    }
}
