package dev.releasegate.verifier.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.project.AamodhaProjects;
import dev.releasegate.verifier.project.FakeManagementApi;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001's sections 3.2 and 3.3 as a checklist against a local stand-in for the Management API: green on a target
 * that holds, every item failed with its reason on one that drifted, broken with what to write on bad sentences, and
 * only GET requests sent, by every sentence.
 */
class ProjectChecklistTest {

    private static final String TOKEN = "sbp_4f2a9c0e1b7d3a5c8e6f0a2b4c6d8e0f1a3b5c7d";
    private static final String EXAMPLE = "checklists/projects/supabase-project.feature";
    private static final Map<String, String> PROJECTS = Map.of("production", AamodhaProjects.PRODUCTION_REF,
            "staging", AamodhaProjects.STAGING_REF);

    @Test
    void theSeedsChecklistHoldsOnATargetThatWasMigratedRight(@TempDir Path folder) throws IOException {
        try (FakeManagementApi api = FakeManagementApi.start(TOKEN).project(AamodhaProjects.production()).project(AamodhaProjects.staging())) {
            Map<String, String> settings = ProjectRun.settings(api.url(), TOKEN, PROJECTS, Map.of());
            Path json = folder.resolve("cucumber.json");
            Checklists.Outcome outcome = Checklists.run(settings, Map.of("cucumber.plugin", "json:" + json), EXAMPLE);

            assertThat(outcome.failed()).as(outcome.allMessages()).isEmpty();
            assertThat(outcome.scenarios()).hasSize(7);
            // each endpoint of each project was read once for the whole run, whatever the number of items
            assertThat(api.requests()).extracting(FakeManagementApi.Request::path).containsExactlyInAnyOrder(
                    "/v1/projects/" + AamodhaProjects.PRODUCTION_REF, "/v1/projects/" + AamodhaProjects.PRODUCTION_REF + "/functions",
                    "/v1/projects/" + AamodhaProjects.PRODUCTION_REF + "/secrets", "/v1/projects/" + AamodhaProjects.PRODUCTION_REF + "/config/auth",
                    "/v1/projects/" + AamodhaProjects.STAGING_REF + "/secrets");
            assertThat(api.requests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
            // every sentence of ProjectSteps ran in this checklist: the read-only proof covers each of them
            assertThat(sentencesRun(json)).containsExactlyInAnyOrderElementsOf(sentencesDeclared());
            // the evidence: the request with the token masked, its status and time, the part of the answer used
            String evidence = attachments(json);
            assertThat(evidence).contains("GET " + api.url() + "/v1/projects/" + AamodhaProjects.PRODUCTION_REF + "/functions",
                    "Authorization: Bearer *****", "-- status: 200", "-- at: ", "\"slug\": \"whatsapp-send\"",
                    "\"site_url\": \"https://app.example.com\"", "\"version\": \"15.8.1.060\"", "\"name\": \"RESEND_API_KEY\"",
                    "\"value\": \"*****\"");
            assertThat(evidence).doesNotContain(TOKEN, FakeManagementApi.digest(AamodhaProjects.value("production", "SUPABASE_URL")),
                    AamodhaProjects.value("production", "SUPABASE_URL"), FakeManagementApi.digest("production-smtp-password"));
        }
    }

    @Test
    void onATargetThatDriftedEveryItemFailsWithWhatIsWrong() {
        try (FakeManagementApi api = FakeManagementApi.start(TOKEN).project(AamodhaProjects.driftedProduction())
                .project(AamodhaProjects.staging())) {
            Map<String, String> settings = ProjectRun.settings(api.url(), TOKEN, PROJECTS, Map.of());
            Checklists.Outcome outcome = Checklists.run(settings, EXAMPLE);

            assertThat(outcome.failed()).hasSize(7);
            assertThat(outcome.scenario("Every production Edge Function is deployed to the target (3.2.1, 3.2.2, 3.2.3)").message())
                    .contains("Edge Functions deployed to production: 3 problems",
                            "Edge Function whatsapp-retry: verify JWT is no, expected yes",
                            "Edge Function onedrive-upload: is not deployed to production (18 functions are deployed there)",
                            "Edge Function delete-user: status is THROTTLED, expected ACTIVE");
            assertThat(outcome.scenario("The test-only function stays out of production (3.2.1, note)").message())
                    .contains("Edge Function test-create-user: is deployed to production (status ACTIVE, version 4), expected not deployed");
            assertThat(outcome.scenario("Nothing but the release is deployed (3.2.2: deploy from the repository's list)").message())
                    .contains("Edge Function onedrive-upload: is not deployed to production",
                            "Edge Function test-create-user: is deployed to production (status ACTIVE, version 4) but not in the checklist");
            assertThat(outcome.scenario("The secrets each function needs are set in the target (3.3.2)").message())
                    .contains("secrets set in production: 1 problem", "secret RESEND_FROM_EMAIL: is not set in production");
            String copied = outcome.scenario("No source value was pasted into the target (3.3.1, 3.3.5, 3.4.1)").message();
            assertThat(copied).contains("secret SUPABASE_URL: has the same value in staging and production");
            assertThat(outcome.scenario("Auth sends users to the new domain (APP_URL of 3.3.2)").message())
                    .contains("auth setting site_url: is https://uat.example.com, expected https://app.example.com");
            assertThat(outcome.scenario("The target's database runs PostgreSQL 15 or later (1.4, 3.2.3)").message())
                    .contains("database of project production: is PostgreSQL 14 (14.1.0.99), expected PostgreSQL 15 or later");
            assertThat(outcome.allMessages()).doesNotContain(TOKEN, AamodhaProjects.value("staging", "SUPABASE_URL"));
            assertThat(api.requests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
        }
    }

    @Test
    void sentencesThatCannotBeCheckedSayWhatToWrite() {
        try (FakeManagementApi api = FakeManagementApi.start(TOKEN).project(AamodhaProjects.production())) {
            Map<String, String> settings = ProjectRun.settings(api.url(), TOKEN, PROJECTS, Map.of());
            Checklists.Outcome outcome = Checklists.run(settings, "checklists/projects/sentences.feature");

            assertThat(outcome.scenario("A project sentence with no project chosen").message())
                    .contains("no Supabase project chosen for this step", "Given the Supabase project \"production\"");
            assertThat(outcome.scenario("A database sentence in a project-only scenario").message())
                    .contains("no database chosen for this step", "Given the database \"production\"");
            assertThat(outcome.scenario("A project nobody configured").message())
                    .contains("Supabase project 'uat' is not configured", "-Dverify.project.uat=supabase:<project-ref>", "VERIFY_PROJECT_UAT",
                            "verifier.properties", "configured projects: production, staging");
            assertThat(outcome.scenario("An unknown status").message())
                    .contains("unknown Edge Function status 'DEPLOYED': use ACTIVE, REMOVED or THROTTLED");
            assertThat(outcome.scenario("An unknown column").message())
                    .contains("unknown column 'runtime' in the table of Edge Functions: use slug, status, verify jwt, version");
            assertThat(outcome.scenario("A version that is no number").message())
                    .contains("Edge Function version '99999999999999999999' is not a whole number");
            assertThat(outcome.scenario("A table without rows").message()).contains("has a header but no rows");
            assertThat(outcome.scenario("An auth setting that holds a secret").message())
                    .contains("auth setting smtp_pass holds a secret").doesNotContain("hunter2");
            assertThat(outcome.scenario("An auth setting with a hostile name").message())
                    .contains("project production has no auth setting 'site_url'; drop table auth.users; --'", "did you mean site_url");
            assertThat(outcome.scenario("A function with a hostile slug is looked up, never sent").passed()).isTrue();
            assertThat(outcome.scenario("Every item in the right words passes with the right versions").passed()).isTrue();
            assertThat(outcome.failed()).hasSize(9);
            assertThat(api.requests()).allSatisfy(r -> {
                assertThat(r.method()).isEqualTo("GET");
                assertThat(r.path()).startsWith("/v1/projects/" + AamodhaProjects.PRODUCTION_REF).doesNotContain("organizations", "..");
            });
        }
    }

    @Test
    void aRefusedTokenBreaksEveryItemAsConfigurationAndTheRunGoesOn() {
        try (FakeManagementApi api = FakeManagementApi.start(TOKEN).project(AamodhaProjects.production()).project(AamodhaProjects.staging())) {
            Map<String, String> settings = ProjectRun.settings(api.url(), "sbp_expired_token_0000000000000000000000000", PROJECTS, Map.of());
            Checklists.Outcome outcome = Checklists.run(settings, EXAMPLE);

            assertThat(outcome.failed()).hasSize(7);
            assertThat(outcome.failed()).allSatisfy(s -> assertThat(s.message())
                    .contains("refused the access token (401 Unauthorized", "SUPABASE_ACCESS_TOKEN")
                    .doesNotContain("sbp_expired_token"));
            assertThat(outcome.failed()).allSatisfy(s -> assertThat(s.failure().toString()).contains("(category: configuration)"));
        }
    }

    @Test
    void aTokenThatIsNotSetSaysWhichVariableToExport() {
        try (FakeManagementApi api = FakeManagementApi.start(TOKEN).project(AamodhaProjects.production())) {
            Map<String, String> settings = ProjectRun.settings(api.url(), "${AAMODHA_TOKEN_NOBODY_EXPORTED}", PROJECTS, Map.of());
            Checklists.Outcome outcome = Checklists.run(settings, EXAMPLE);

            assertThat(outcome.scenario("The test-only function stays out of production (3.2.1, note)").message())
                    .contains("Supabase project sentences need a Management API access token",
                            "${AAMODHA_TOKEN_NOBODY_EXPORTED} is not set", "supabase.com/dashboard/account/tokens");
            assertThat(api.requests()).isEmpty();
        }
    }

    @Test
    void aSlowOrRateLimitedApiBreaksItsItemsAndTheRestRuns() {
        String functions = "/v1/projects/" + AamodhaProjects.PRODUCTION_REF + "/functions";
        try (FakeManagementApi api = FakeManagementApi.start(TOKEN).project(AamodhaProjects.production()).project(AamodhaProjects.staging())
                .delay(functions, java.time.Duration.ofSeconds(3))
                .rateLimit("/v1/projects/" + AamodhaProjects.PRODUCTION_REF + "/config/auth", 100, "0")) {
            Map<String, String> settings = ProjectRun.settings(api.url(), TOKEN, PROJECTS, Map.of("verify.supabase-api-timeout-ms", "300",
                    "verify.supabase-api-retries", "2"));
            Checklists.Outcome outcome = Checklists.run(settings, EXAMPLE);

            assertThat(outcome.scenario("Every production Edge Function is deployed to the target (3.2.1, 3.2.2, 3.2.3)").message())
                    .contains("did not answer GET " + functions, "within 300 ms");
            // read once per run: the functions' other items break at once with the same reason, not after another wait
            assertThat(api.requests(functions)).hasSize(1);
            assertThat(outcome.scenario("Auth sends users to the new domain (APP_URL of 3.3.2)").message())
                    .contains("kept answering 429 Too Many Requests", "gave up after 3 attempts");
            assertThat(outcome.scenario("The secrets each function needs are set in the target (3.3.2)").passed()).isTrue();
            assertThat(outcome.scenario("The target's database runs PostgreSQL 15 or later (1.4, 3.2.3)").passed()).isTrue();
        }
    }

    /** The step definitions of ProjectSteps that matched a step of the run (cucumber.json's match locations). */
    private static Set<String> sentencesRun(Path json) throws IOException {
        Set<String> run = new HashSet<>();
        for (JsonNode feature : new ObjectMapper().readTree(json.toFile())) {
            for (JsonNode element : feature.path("elements")) {
                for (JsonNode step : element.path("steps")) {
                    String location = step.path("match").path("location").asText();
                    if (location.startsWith(ProjectSteps.class.getName() + ".")) {
                        run.add(location.substring(ProjectSteps.class.getName().length() + 1, location.indexOf('(')));
                    }
                }
            }
        }
        return run;
    }

    private static Set<String> sentencesDeclared() {
        return Arrays.stream(ProjectSteps.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Given.class) || m.isAnnotationPresent(Then.class))
                .map(Method::getName).collect(Collectors.toSet());
    }

    /** Every attachment of the run as text (cucumber.json holds them base64-encoded). */
    private static String attachments(Path json) throws IOException {
        StringBuilder out = new StringBuilder();
        for (JsonNode feature : new ObjectMapper().readTree(json.toFile())) {
            for (JsonNode element : feature.path("elements")) {
                for (JsonNode step : element.path("steps")) {
                    for (JsonNode embedding : step.path("embeddings")) {
                        out.append(new String(java.util.Base64.getDecoder().decode(embedding.path("data").asText()),
                                java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

}
