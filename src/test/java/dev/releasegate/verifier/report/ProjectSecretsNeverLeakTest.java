package dev.releasegate.verifier.report;

import dev.releasegate.verifier.project.AamodhaProjects;
import dev.releasegate.verifier.project.FakeManagementApi;
import dev.releasegate.verifier.steps.ProjectRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access token, secret values (even if the API ever returned one in clear), their digests and the digests of auth
 * secrets appear in no report file, console line or failure message, whether items pass, fail or break.
 */
@org.junit.jupiter.api.parallel.Isolated("captures the console and sets allure.results.directory")
class ProjectSecretsNeverLeakTest {

    private static final String TOKEN = "sbp_planted0token0never0in0any0report0000000";
    private static final String PLAIN_STAGING_KEY = "planted-service-role-key-returned-in-clear";
    private static final String SMTP_PASSWORD_DIGEST = FakeManagementApi.digest("planted-smtp-password");

    @Test
    void noTokenNorSecretValueNorDigestInAnyReportNorOnTheConsole(@TempDir Path folder) throws IOException {
        FakeManagementApi.ProjectFixture staging = AamodhaProjects.staging();
        // a value returned as it is, not as a digest: fingerprinted in memory, then gone
        staging.secretAsReturned("STAGING_ONLY_KEY", PLAIN_STAGING_KEY);
        FakeManagementApi.ProjectFixture production = AamodhaProjects.driftedProduction().auth("smtp_pass", SMTP_PASSWORD_DIGEST)
                .secretAsReturned("STAGING_ONLY_KEY", PLAIN_STAGING_KEY);
        try (FakeManagementApi api = FakeManagementApi.start(TOKEN).project(production).project(staging)) {
            AuditRun run = AuditRun.of(folder, ProjectRun.settings(api.url(), TOKEN, Map.of("production", AamodhaProjects.PRODUCTION_REF,
                    "staging", AamodhaProjects.STAGING_REF), Map.of()), "checklists/projects/supabase-project.feature",
                    "checklists/projects/leaks.feature");

            // the run used the secrets: items failed on them, and the fake saw the token
            assertThat(run.outcome().allMessages()).contains("secret SUPABASE_URL: has the same value in staging and production",
                    "secret STAGING_ONLY_KEY: has the same value", "auth setting smtp_pass holds a secret");
            assertThat(api.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
            // the manifest and the environment panel name the projects the run read, never the token
            assertThat(run.manifest().path("projects").findValuesAsText("ref"))
                    .containsExactly(AamodhaProjects.PRODUCTION_REF, AamodhaProjects.STAGING_REF);
            assertThat(run.text(run.allure().resolve("environment.properties")))
                    .contains("project.production=supabase:" + AamodhaProjects.PRODUCTION_REF);

            Map<String, String> secrets = new LinkedHashMap<>();
            secrets.put("the access token", TOKEN);
            secrets.put("a secret value returned in clear", PLAIN_STAGING_KEY);
            secrets.put("the digest of a secret", FakeManagementApi.digest(AamodhaProjects.value("production", "APP_URL")));
            secrets.put("the digest of a copied secret", FakeManagementApi.digest(AamodhaProjects.value("staging", "SUPABASE_URL")));
            secrets.put("a secret value", AamodhaProjects.value("production", "RESEND_API_KEY"));
            secrets.put("the digest of an auth secret", SMTP_PASSWORD_DIGEST);
            assertThat(run.files()).isNotEmpty();
            for (Path file : run.files()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                secrets.forEach((what, secret) -> assertThat(content).as("%s in %s", what, file).doesNotContain(secret));
            }
            secrets.forEach((what, secret) -> {
                assertThat(run.console()).as("%s on the console", what).doesNotContain(secret);
                assertThat(run.outcome().allMessages()).as("%s in a failure message", what).doesNotContain(secret);
            });
            // and the requests are in the reports, with the token masked
            String allFiles = String.join("\n", run.files().stream().map(run::text).toList());
            assertThat(allFiles).contains("Authorization: Bearer *****");
        }
    }
}
