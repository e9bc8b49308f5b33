package dev.releasegate.verifier.project;

import java.util.List;

/**
 * Seed 001's source and target projects as the Management API would describe them: the target that holds every item
 * of sections 3.2 and 3.3, and one that drifted the ways a migration does (a function missing, the test function
 * deployed, a secret copied from the source, auth still on the source's domain, an old database).
 */
public final class AamodhaProjects {

    public static final String STAGING_REF = "aamodhauatsourceproj";
    public static final String PRODUCTION_REF = "aamodhaproductionref";

    public static final List<String> FUNCTIONS = List.of("whatsapp-send", "whatsapp-retry", "google-drive-token", "google-drive-upload",
            "onedrive-token", "onedrive-upload", "database-backup", "cleanup-old-backups", "create-user", "simple-create-user",
            "send-welcome-email", "send-welcome-email-smtp", "send-welcome-email-resend", "send-welcome-email-mailgun",
            "send-welcome-email-direct", "send-password-reset-email", "send-password-reset-email-resend", "delete-user");

    public static final List<String> SECRETS = List.of("SUPABASE_URL", "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_ANON_KEY",
            "SUPABASE_DB_URL", "GOOGLE_REFRESH_TOKEN", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "ONEDRIVE_REFRESH_TOKEN",
            "ONEDRIVE_CLIENT_ID", "ONEDRIVE_CLIENT_SECRET", "ONEDRIVE_TENANT_ID", "RESEND_API_KEY", "RESEND_FROM_EMAIL", "APP_URL",
            "PRODUCTION_APP_URL");

    private AamodhaProjects() {
    }

    /** The secret value an environment holds for a name: different per environment, except GOOGLE_CLIENT_ID (one OAuth app). */
    public static String value(String environment, String secret) {
        return secret.equals("GOOGLE_CLIENT_ID") ? "shared-oauth-client-id" : environment + "-value-of-" + secret;
    }

    public static FakeManagementApi.ProjectFixture staging() {
        FakeManagementApi.ProjectFixture fixture = new FakeManagementApi.ProjectFixture(STAGING_REF)
                .functions("ACTIVE", true, 12, FUNCTIONS.toArray(String[]::new))
                .function("test-create-user", "ACTIVE", false, 4)
                .auth("site_url", "https://uat.example.com")
                .auth("uri_allow_list", "https://uat.example.com/**,http://localhost:3000");
        SECRETS.forEach(s -> fixture.secret(s, value("staging", s)));
        return fixture;
    }

    public static FakeManagementApi.ProjectFixture production() {
        FakeManagementApi.ProjectFixture fixture = new FakeManagementApi.ProjectFixture(PRODUCTION_REF)
                .functions("ACTIVE", true, 3, FUNCTIONS.toArray(String[]::new))
                .function("test-create-user", "REMOVED", false, 1) // deployed by mistake once, then deleted: not deployed
                .auth("site_url", "https://app.example.com")
                .auth("uri_allow_list", "https://app.example.com/**,https://app.example.com/reset-password")
                .auth("smtp_admin_email", "no-reply@example.com")
                .auth("smtp_host", "smtp.resend.com")
                .auth("smtp_pass", FakeManagementApi.digest("production-smtp-password"));
        SECRETS.forEach(s -> fixture.secret(s, value("production", s)));
        return fixture;
    }

    /** The same target after a migration that went wrong in every way the checklist guards against. */
    public static FakeManagementApi.ProjectFixture driftedProduction() {
        FakeManagementApi.ProjectFixture fixture = new FakeManagementApi.ProjectFixture(PRODUCTION_REF)
                .postgres("14.1.0.99", "14")
                .auth("site_url", "https://uat.example.com")
                .auth("uri_allow_list", "https://uat.example.com/**,http://localhost:3000")
                .auth("smtp_admin_email", null);
        for (String slug : FUNCTIONS) {
            if (slug.equals("onedrive-upload")) {
                continue;
            }
            fixture.function(slug, slug.equals("delete-user") ? "THROTTLED" : "ACTIVE", !slug.equals("whatsapp-retry"), 3);
        }
        fixture.function("test-create-user", "ACTIVE", false, 4);
        for (String secret : SECRETS) {
            if (secret.equals("RESEND_FROM_EMAIL")) {
                continue;
            }
            // pasted from the source: the URL and the anon key
            boolean copied = secret.equals("SUPABASE_URL") || secret.equals("SUPABASE_ANON_KEY");
            fixture.secret(secret, value(copied ? "staging" : "production", secret));
        }
        return fixture;
    }
}
