package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.project.AuthConfig;
import dev.releasegate.verifier.project.AuthSetting;
import dev.releasegate.verifier.project.EdgeFunction;
import dev.releasegate.verifier.project.FunctionStatus;
import dev.releasegate.verifier.project.ProjectDetails;
import dev.releasegate.verifier.project.ProjectSecret;
import dev.releasegate.verifier.project.SecretFingerprint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project checks: every mismatch in the checklist's words, the category each is filed under, and what they refuse. */
class ProjectChecksTest {

    private static final List<EdgeFunction> FUNCTIONS = List.of(
            function("whatsapp-send", "ACTIVE", true, 3),
            function("google-drive-token", "ACTIVE", false, 7),
            function("delete-user", "THROTTLED", true, 2),
            function("test-create-user", "REMOVED", true, 1));

    private static EdgeFunction function(String slug, String status, boolean verifyJwt, int version) {
        return new EdgeFunction(slug, slug, status, version, Optional.of(verifyJwt), Optional.of(Instant.parse("2025-01-27T10:00:00Z")));
    }

    private static EdgeFunctionExpectation row(String slug) {
        return new EdgeFunctionExpectation(slug, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void deployedFunctionsPassAndEveryDifferenceIsNamed() {
        assertThat(EdgeFunctionCheck.deployed(List.of(row("whatsapp-send"), row("delete-user")), FUNCTIONS, "production").passed()).isTrue();

        Verdict verdict = EdgeFunctionCheck.deployed(List.of(
                new EdgeFunctionExpectation("whatsapp-send", Optional.of(FunctionStatus.ACTIVE), Optional.of(false), Optional.of(4)),
                new EdgeFunctionExpectation("delete-user", Optional.of(FunctionStatus.ACTIVE), Optional.empty(), Optional.empty()),
                row("test-create-user"),
                row("onedrive-token")), FUNCTIONS, "production");

        assertThat(verdict.category()).isEqualTo(FailureCategory.SCHEMA_DRIFT);
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "Edge Function whatsapp-send: verify JWT is yes, expected no; version is 3, expected 4",
                "Edge Function delete-user: status is THROTTLED, expected ACTIVE",
                "Edge Function test-create-user: is REMOVED, expected deployed",
                "Edge Function onedrive-token: is not deployed to production (3 functions are deployed there)");
        assertThat(verdict.message()).startsWith("Edge Functions deployed to production: 4 problems");
        assertThat(verdict.table().rows()).hasSize(4);
    }

    @Test
    void aRemovedFunctionCanBeExpectedAsRemoved() {
        assertThat(EdgeFunctionCheck.deployed(List.of(new EdgeFunctionExpectation("test-create-user", Optional.of(FunctionStatus.REMOVED),
                Optional.empty(), Optional.empty())), FUNCTIONS, "production").passed()).isTrue();
    }

    @Test
    void exactlyReportsDeployedFunctionsTheChecklistDoesNotName() {
        Verdict verdict = EdgeFunctionCheck.exactlyDeployed(List.of(row("whatsapp-send"), row("google-drive-token")), FUNCTIONS, "production");

        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "Edge Function delete-user: is deployed to production (status THROTTLED, version 2) but not in the checklist");
        assertThat(EdgeFunctionCheck.exactlyDeployed(List.of(row("whatsapp-send"), row("google-drive-token"), row("delete-user")),
                FUNCTIONS, "production").passed()).isTrue();
    }

    @Test
    void notDeployedHoldsForAnAbsentOrRemovedFunctionOnly() {
        assertThat(EdgeFunctionCheck.notDeployed("never-existed", FUNCTIONS, "production").passed()).isTrue();
        assertThat(EdgeFunctionCheck.notDeployed("test-create-user", FUNCTIONS, "production").passed()).isTrue();

        Verdict verdict = EdgeFunctionCheck.notDeployed("whatsapp-send", FUNCTIONS, "production");
        assertThat(verdict.message()).isEqualTo("Edge Function whatsapp-send in production: 1 problem\n"
                + "  Edge Function whatsapp-send: is deployed to production (status ACTIVE, version 3), expected not deployed\n\n"
                + verdict.table().render().stripTrailing());
    }

    @Test
    void anEmptyTableOrAProjectWithoutFunctionsSaysSo() {
        assertThatThrownBy(() -> EdgeFunctionCheck.deployed(List.of(), FUNCTIONS, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("header but no rows");
        assertThat(EdgeFunctionCheck.deployed(List.of(row("whatsapp-send")), List.of(), "production").mismatches())
                .extracting(Mismatch::describe).containsExactly("Edge Function whatsapp-send: is not deployed to production"
                        + " (no Edge Function is deployed there)");
    }

    private static final SecretFingerprint STAGING_URL = SecretFingerprint.of("digest-of-staging-url");
    private static final SecretFingerprint PRODUCTION_URL = SecretFingerprint.of("digest-of-production-url");
    private static final SecretFingerprint SHARED_KEY = SecretFingerprint.of("digest-of-a-copied-key");

    private static final List<ProjectSecret> STAGING = List.of(
            new ProjectSecret("SUPABASE_URL", Optional.of(STAGING_URL)),
            new ProjectSecret("SUPABASE_SERVICE_ROLE_KEY", Optional.of(SHARED_KEY)),
            new ProjectSecret("GOOGLE_CLIENT_ID", Optional.of(SecretFingerprint.of("x"))));
    private static final List<ProjectSecret> PRODUCTION = List.of(
            new ProjectSecret("SUPABASE_URL", Optional.of(PRODUCTION_URL)),
            new ProjectSecret("SUPABASE_SERVICE_ROLE_KEY", Optional.of(SHARED_KEY)),
            new ProjectSecret("resend_api_key", Optional.of(SecretFingerprint.of("y"))),
            new ProjectSecret("APP_URL", Optional.empty()));

    @Test
    void secretsAreSetByExactName() {
        assertThat(ProjectSecretCheck.set(List.of("SUPABASE_URL", "APP_URL"), PRODUCTION, "production").passed()).isTrue();

        Verdict verdict = ProjectSecretCheck.set(List.of("SUPABASE_URL", "RESEND_API_KEY", "GOOGLE_REFRESH_TOKEN"), PRODUCTION, "production");

        assertThat(verdict.category()).isEqualTo(FailureCategory.SECURITY);
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "secret RESEND_API_KEY: is not set in production (resend_api_key is: names are case-sensitive)",
                "secret GOOGLE_REFRESH_TOKEN: is not set in production");
        assertThat(verdict.table().render()).contains("RESEND_API_KEY", "not set").doesNotContain("digest");
    }

    @Test
    void secretsDifferByTheirDigestsAndACopiedValueIsAFinding() {
        assertThat(ProjectSecretCheck.differ(List.of("SUPABASE_URL"), STAGING, "staging", PRODUCTION, "production").passed()).isTrue();

        Verdict verdict = ProjectSecretCheck.differ(List.of("SUPABASE_URL", "SUPABASE_SERVICE_ROLE_KEY", "GOOGLE_CLIENT_ID", "NOWHERE"),
                STAGING, "staging", PRODUCTION, "production");

        assertThat(verdict.category()).isEqualTo(FailureCategory.SECURITY);
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "secret SUPABASE_SERVICE_ROLE_KEY: has the same value in staging and production: a value was copied from one environment"
                        + " to the other",
                "secret GOOGLE_CLIENT_ID: is not set in production, so its values cannot differ",
                "secret NOWHERE: is not set in staging nor in production, so its values cannot differ");
        assertThat(verdict.table().render()).contains("different", "same");
    }

    @Test
    void secretsWithoutADigestOrAProjectComparedWithItselfCannotBeChecked() {
        assertThatThrownBy(() -> ProjectSecretCheck.differ(List.of("APP_URL"), List.of(new ProjectSecret("APP_URL", Optional.of(STAGING_URL))),
                "staging", PRODUCTION, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("the Management API returned no digest for secret APP_URL of production: its value cannot be compared");
        assertThatThrownBy(() -> ProjectSecretCheck.differ(List.of("SUPABASE_URL"), PRODUCTION, "production", PRODUCTION, "production"))
                .isInstanceOf(ChecklistBroken.class).hasMessageContaining("compared with themselves");
        assertThatThrownBy(() -> ProjectSecretCheck.set(List.of(), PRODUCTION, "production")).isInstanceOf(ChecklistBroken.class);
    }

    private static final AuthConfig AUTH = new AuthConfig(Map.of(
            "site_url", new AuthSetting("site_url", AuthSetting.Kind.TEXT, "https://app.example.com/"),
            "uri_allow_list", new AuthSetting("uri_allow_list", AuthSetting.Kind.TEXT, "https://app.example.com/**, http://localhost:3000"),
            "smtp_admin_email", new AuthSetting("smtp_admin_email", AuthSetting.Kind.NULL, null),
            "smtp_pass", new AuthSetting("smtp_pass", AuthSetting.Kind.SECRET, "ignored"),
            "disable_signup", new AuthSetting("disable_signup", AuthSetting.Kind.BOOLEAN, "true"),
            "jwt_exp", new AuthSetting("jwt_exp", AuthSetting.Kind.NUMBER, "3600"),
            "external_google_client_id", new AuthSetting("external_google_client_id", AuthSetting.Kind.TEXT, "")));

    @Test
    void anAuthSettingComparesAsItsTypeReads() {
        assertThat(AuthSettingCheck.is("site_url", "https://app.example.com/", AUTH, "production").passed()).isTrue();
        assertThat(AuthSettingCheck.is("disable_signup", "yes", AUTH, "production").passed()).isTrue();
        assertThat(AuthSettingCheck.is("disable_signup", "false", AUTH, "production").passed()).isFalse();
        assertThat(AuthSettingCheck.is("jwt_exp", "3600.0", AUTH, "production").passed()).isTrue();
        assertThat(AuthSettingCheck.is("smtp_admin_email", "null", AUTH, "production").passed()).isTrue();

        Verdict verdict = AuthSettingCheck.is("site_url", "https://app.example.com", AUTH, "production");
        assertThat(verdict.category()).isEqualTo(FailureCategory.SECURITY);
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly("auth setting site_url: is https://app.example.com/,"
                + " expected https://app.example.com (they differ only by a trailing slash)");
        assertThat(AuthSettingCheck.is("smtp_admin_email", "no-reply@example.com", AUTH, "production").mismatches())
                .extracting(Mismatch::describe).containsExactly("auth setting smtp_admin_email: is null (not set), expected no-reply@example.com");
        assertThat(AuthSettingCheck.is("external_google_client_id", "abc", AUTH, "production").mismatches())
                .extracting(Mismatch::describe).containsExactly("auth setting external_google_client_id: is empty, expected abc");
    }

    @Test
    void aListSettingContainsEntriesWrittenExactly() {
        assertThat(AuthSettingCheck.contains("uri_allow_list", "https://app.example.com/**", AUTH, "production").passed()).isTrue();
        assertThat(AuthSettingCheck.contains("uri_allow_list", "https://app.example.com/*", AUTH, "production").mismatches())
                .extracting(Mismatch::describe).containsExactly("auth setting uri_allow_list: does not contain https://app.example.com/*"
                        + " (it has https://app.example.com/**, http://localhost:3000)");
        assertThat(AuthSettingCheck.contains("smtp_admin_email", "x", AUTH, "production").mismatches())
                .extracting(Mismatch::describe).containsExactly("auth setting smtp_admin_email: does not contain x (it is empty)");
        assertThat(AuthSettingCheck.doesNotContain("uri_allow_list", "http://localhost:3000", AUTH, "production").mismatches())
                .extracting(Mismatch::describe).containsExactly("auth setting uri_allow_list: contains http://localhost:3000, expected it absent");
        assertThat(AuthSettingCheck.doesNotContain("uri_allow_list", "https://staging.example.com/**", AUTH, "production").passed()).isTrue();
    }

    @Test
    void secretsUnknownNamesAndWrongWordsAreRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> AuthSettingCheck.is("smtp_pass", "hunter2", AUTH, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("auth setting smtp_pass holds a secret").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> AuthSettingCheck.is("external_apple_secret", "x", AUTH, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("holds a secret");
        assertThatThrownBy(() -> AuthSettingCheck.is("site url", "x", AUTH, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("project production has no auth setting 'site url'").hasMessageContaining("did you mean site_url?");
        assertThatThrownBy(() -> AuthSettingCheck.is("disable_signup", "maybe", AUTH, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("write \"true\" or \"false\"");
        assertThatThrownBy(() -> AuthSettingCheck.is("jwt_exp", "an hour", AUTH, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("is a number: write e.g. \"3600\"");
        assertThatThrownBy(() -> AuthSettingCheck.contains("jwt_exp", "3600", AUTH, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("not a list of entries");
        assertThatThrownBy(() -> AuthSettingCheck.is("'; drop table x; --", "x", AUTH, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("has no auth setting");
    }

    @Test
    void theDatabaseVersionIsItsMajorNumber() {
        ProjectDetails fifteen = details("15.1.0.117", "15");
        ProjectDetails fourteen = details("14.1.0.99", "14");

        assertThat(ProjectDatabaseCheck.atLeast(15, fifteen, "production").passed()).isTrue();
        assertThat(ProjectDatabaseCheck.atLeast(14, fifteen, "production").passed()).isTrue();
        Verdict verdict = ProjectDatabaseCheck.atLeast(15, fourteen, "production");
        assertThat(verdict.category()).isEqualTo(FailureCategory.SCHEMA_DRIFT);
        assertThat(verdict.mismatches()).extracting(Mismatch::describe).containsExactly(
                "database of project production: is PostgreSQL 14 (14.1.0.99), expected PostgreSQL 15 or later");
        assertThat(ProjectDatabaseCheck.atLeast(17, details(null, "17-oriole"), "production").passed()).isTrue();
        assertThatThrownBy(() -> ProjectDatabaseCheck.atLeast(15, details(null, null), "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("reported no database version for project production");
    }

    private static ProjectDetails details(String version, String engine) {
        return new ProjectDetails("abcdefghijklmnopqrst", "p", "ap-south-1", "ACTIVE_HEALTHY", Optional.ofNullable(version),
                Optional.ofNullable(engine), Optional.of("ga"));
    }
}
