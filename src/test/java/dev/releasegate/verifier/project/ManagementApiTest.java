package dev.releasegate.verifier.project;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Management API client against a local server that answers as the API does, and as it does on a bad day. */
class ManagementApiTest {

    private static final String TOKEN = "sbp_0123456789abcdef0123456789abcdef01234567";
    private static final String REF = "abcdefghijklmnopqrst";
    private static final ProjectAddress PROJECT = new ProjectAddress("production", REF);
    private static final String FUNCTIONS = "/v1/projects/" + REF + "/functions";
    private static final String SECRETS = "/v1/projects/" + REF + "/secrets";

    private final FakeManagementApi server = FakeManagementApi.start(TOKEN).project(new FakeManagementApi.ProjectFixture(REF)
            .function("whatsapp-send", "ACTIVE", true, 3)
            .function("old-thing", "REMOVED", false, 1)
            .secret("SUPABASE_URL", "https://" + REF + ".supabase.co")
            .secret("APP_URL", "https://app.example.com")
            .auth("site_url", "https://app.example.com")
            .auth("smtp_pass", FakeManagementApi.digest("smtp-password")));

    @AfterEach
    void stop() {
        server.close();
    }

    private ManagementApi api(int retries, Duration timeout) {
        return new ManagementApi(new ManagementApiSettings(URI.create(server.url()), TOKEN, timeout, retries, Duration.ofMillis(5),
                Duration.ofMillis(50)));
    }

    private ManagementApi api() {
        return api(3, Duration.ofSeconds(5));
    }

    @Test
    void readsTheFunctionsWithAGetCarryingTheTokenAndShowsTheRequestMasked() {
        ApiResponse response = api().get(PROJECT, Endpoint.FUNCTIONS);
        List<EdgeFunction> functions = ManagementApiResponses.functions(response);

        assertThat(functions).extracting(EdgeFunction::slug, EdgeFunction::status, EdgeFunction::version, EdgeFunction::deployed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("whatsapp-send", "ACTIVE", 3, true),
                        org.assertj.core.groups.Tuple.tuple("old-thing", "REMOVED", 1, false));
        assertThat(functions.get(0).verifyJwt()).contains(true);
        assertThat(functions.get(0).updatedAt()).isPresent();
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo(FUNCTIONS);
            assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(r.accept()).isEqualTo("application/json");
            assertThat(r.userAgent()).isEqualTo("migration-verifier");
        });
        ApiExchange exchange = response.exchange();
        assertThat(exchange.describe()).contains("GET " + server.url() + FUNCTIONS, "Authorization: Bearer *****", "-- status: 200",
                "-- project: production (supabase:" + REF + ")").doesNotContain(TOKEN);
        assertThat(exchange.attempts()).isEqualTo(1);
    }

    @Test
    void secretValuesAreFingerprintedOnArrivalAndNeverShown() {
        List<ProjectSecret> secrets = ManagementApiResponses.secrets(api().get(PROJECT, Endpoint.SECRETS));

        assertThat(secrets).extracting(ProjectSecret::name).containsExactly("SUPABASE_URL", "APP_URL");
        assertThat(secrets.get(0).value()).contains(SecretFingerprint.of(FakeManagementApi.digest("https://" + REF + ".supabase.co")));
        assertThat(secrets.get(0).value()).isNotEqualTo(secrets.get(1).value());
        assertThat(secrets.toString()).doesNotContain(FakeManagementApi.digest("https://" + REF + ".supabase.co"), "supabase.co");
    }

    @Test
    void authSettingsKeepTheirTypesAndSecretFieldsKeepNothing() {
        AuthConfig auth = ManagementApiResponses.authConfig(api().get(PROJECT, Endpoint.AUTH_CONFIG));

        assertThat(auth.get("site_url")).contains(new AuthSetting("site_url", AuthSetting.Kind.TEXT, "https://app.example.com"));
        assertThat(auth.get("disable_signup")).contains(new AuthSetting("disable_signup", AuthSetting.Kind.BOOLEAN, "false"));
        assertThat(auth.get("jwt_exp")).contains(new AuthSetting("jwt_exp", AuthSetting.Kind.NUMBER, "3600"));
        assertThat(auth.get("rate_limit_otp")).contains(new AuthSetting("rate_limit_otp", AuthSetting.Kind.NUMBER, "30"));
        assertThat(auth.get("smtp_host")).contains(new AuthSetting("smtp_host", AuthSetting.Kind.NULL, null));
        assertThat(auth.get("smtp_pass")).contains(new AuthSetting("smtp_pass", AuthSetting.Kind.SECRET, null));
        assertThat(auth.toString()).doesNotContain(FakeManagementApi.digest("smtp-password"));
    }

    @Test
    void theProjectsDatabaseVersionIsReadFromTheProjectItself() {
        ProjectDetails details = ManagementApiResponses.project(api().get(PROJECT, Endpoint.PROJECT));

        assertThat(details.ref()).isEqualTo(REF);
        assertThat(details.databaseVersion()).contains("15.8.1.060");
        assertThat(details.postgresEngine()).contains("15");
        assertThat(details.postgresMajor()).hasValue(15);
    }

    @Test
    void a429IsRetriedWithBackoffAndTheReadSucceeds() {
        server.rateLimit(FUNCTIONS, 2, null);

        ApiResponse response = api().get(PROJECT, Endpoint.FUNCTIONS);

        assertThat(response.exchange().attempts()).isEqualTo(3);
        assertThat(response.exchange().describe()).contains("3 attempts: the API asked to slow down (429)");
        assertThat(server.requests(FUNCTIONS)).hasSize(3).allMatch(r -> r.method().equals("GET"));
    }

    @Test
    void a429ThatLastsEndsTheReadAfterTheBoundWithTheReason() {
        server.rateLimit(FUNCTIONS, 1_000, "3600"); // Retry-After an hour: each wait is capped, the run goes on

        long started = System.nanoTime();
        ChecklistBroken broken = catchThrowableOfType(() -> api(2, Duration.ofSeconds(5)).get(PROJECT, Endpoint.FUNCTIONS),
                ChecklistBroken.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(broken.isConfiguration()).isFalse();
        assertThat(broken.getMessage()).contains("kept answering 429 Too Many Requests (\"Too many requests\") to GET " + FUNCTIONS,
                "the Edge Functions of project production", "gave up after 3 attempts", "verify.supabase-api-retries");
        assertThat(server.requests(FUNCTIONS)).hasSize(3);
    }

    @Test
    void a401IsConfigurationNamingTheTokenSettingAndNeverTheToken() {
        ManagementApi wrongToken = new ManagementApi(new ManagementApiSettings(URI.create(server.url()), "sbp_wrong_token_value",
                Duration.ofSeconds(5), 3, Duration.ofMillis(5), Duration.ofMillis(50)));

        ChecklistBroken broken = catchThrowableOfType(() -> wrongToken.get(PROJECT, Endpoint.SECRETS), ChecklistBroken.class);

        assertThat(broken.isConfiguration()).isTrue();
        assertThat(broken.getMessage()).contains("refused the access token (401 Unauthorized (\"Unauthorized\")", "GET " + SECRETS,
                "SUPABASE_ACCESS_TOKEN", "verify.supabase-access-token").doesNotContain("sbp_wrong_token_value", TOKEN);
        assertThat(server.requests(SECRETS)).hasSize(1);
    }

    @Test
    void a403IsConfigurationNamingThePermissionTheTokenLacks() {
        server.answer(SECRETS, 403, "{\"message\":\"Forbidden resource\"}");

        ChecklistBroken broken = catchThrowableOfType(() -> api().get(PROJECT, Endpoint.SECRETS), ChecklistBroken.class);

        assertThat(broken.isConfiguration()).isTrue();
        assertThat(broken.getMessage()).contains("may not read the Edge Function secrets of project production", "403 Forbidden",
                "secrets:read");
    }

    @Test
    void anUnknownProjectIsConfigurationNamingTheProjectSetting() {
        ProjectAddress unknown = new ProjectAddress("staging", "zzzzzzzzzzzzzzzzzzzz");

        ChecklistBroken broken = catchThrowableOfType(() -> api().get(unknown, Endpoint.FUNCTIONS), ChecklistBroken.class);

        assertThat(broken.isConfiguration()).isTrue();
        assertThat(broken.getMessage()).contains("knows no project zzzzzzzzzzzzzzzzzzzz (404 Not Found", "verify.project.staging");
    }

    @Test
    void aServerErrorIsBrokenWithTheApisOwnWords() {
        server.answer(FUNCTIONS, 500, "{\"message\":\"Failed to retrieve project's functions\"}");

        ChecklistBroken broken = catchThrowableOfType(() -> api().get(PROJECT, Endpoint.FUNCTIONS), ChecklistBroken.class);

        assertThat(broken.isConfiguration()).isFalse();
        assertThat(broken.getMessage()).contains("answered 500 (\"Failed to retrieve project's functions\") to GET " + FUNCTIONS,
                "try again later");
    }

    @Test
    void aRedirectIsNotFollowedWithTheToken() {
        server.answer(FUNCTIONS, 302, "", Map.of("Location", "https://elsewhere.example.com/steal"));

        ChecklistBroken broken = catchThrowableOfType(() -> api().get(PROJECT, Endpoint.FUNCTIONS), ChecklistBroken.class);

        assertThat(broken.getMessage()).contains("answered 302 (a redirect to https://elsewhere.example.com/steal)", "follows no redirect");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aBodyThatIsNotJsonNamesTheEndpointAndRepeatsNothingOfIt() {
        server.answer(SECRETS, 200, "[{\"name\":\"STRIPE_KEY\",\"value\":sk_live_plaintext_leaked}]");

        ChecklistBroken broken = catchThrowableOfType(() -> ManagementApiResponses.secrets(api().get(PROJECT, Endpoint.SECRETS)),
                ChecklistBroken.class);

        assertThat(broken.getMessage()).contains("answer to GET " + SECRETS + " (the Edge Function secrets of project production (supabase:" + REF + "))"
                + " could not be read: the body is not JSON (line 1, column").doesNotContain("sk_live", "plaintext", "STRIPE_KEY");
    }

    @Test
    void aBodyOfAnotherShapeSaysWhatIsWrongWithIt() {
        server.answer(FUNCTIONS, 200, "{\"functions\":[]}");
        assertThat(catchThrowableOfType(() -> ManagementApiResponses.functions(api().get(PROJECT, Endpoint.FUNCTIONS)),
                ChecklistBroken.class).getMessage()).contains("GET " + FUNCTIONS, "it is not a list (JSON array) but an object");

        server.answer(FUNCTIONS, 200, "[{\"slug\":\"a\",\"name\":\"a\",\"status\":\"ACTIVE\",\"version\":\"3\"}]");
        assertThat(catchThrowableOfType(() -> ManagementApiResponses.functions(api().get(PROJECT, Endpoint.FUNCTIONS)),
                ChecklistBroken.class).getMessage()).contains("\"version\" is text, expected a whole number");

        server.answer(FUNCTIONS, 200, "[{\"name\":\"a\",\"status\":\"ACTIVE\",\"version\":3}]");
        assertThat(catchThrowableOfType(() -> ManagementApiResponses.functions(api().get(PROJECT, Endpoint.FUNCTIONS)),
                ChecklistBroken.class).getMessage()).contains("an entry has no \"slug\"");

        server.answer(FUNCTIONS, 200, "");
        assertThat(catchThrowableOfType(() -> ManagementApiResponses.functions(api().get(PROJECT, Endpoint.FUNCTIONS)),
                ChecklistBroken.class).getMessage()).contains("the body is empty");
    }

    @Test
    void aResponseSlowerThanTheTimeoutIsBrokenInTime() {
        server.delay(FUNCTIONS, Duration.ofSeconds(3));

        long started = System.nanoTime();
        ChecklistBroken broken = catchThrowableOfType(() -> api(3, Duration.ofMillis(300)).get(PROJECT, Endpoint.FUNCTIONS),
                ChecklistBroken.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
        assertThat(broken.isConfiguration()).isFalse();
        assertThat(broken.getMessage()).contains("did not answer GET " + FUNCTIONS, "within 300 ms", "verify.supabase-api-timeout-ms");
    }

    @Test
    void aBodyThatStallsAfterTheHeadersIsBrokenInTimeToo() {
        server.stallBody(FUNCTIONS, Duration.ofSeconds(3));

        long started = System.nanoTime();
        ChecklistBroken broken = catchThrowableOfType(() -> api(3, Duration.ofMillis(300)).get(PROJECT, Endpoint.FUNCTIONS),
                ChecklistBroken.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
        assertThat(broken.getMessage()).contains("did not answer GET " + FUNCTIONS, "within 300 ms");
    }

    @Test
    void anApiNobodyListensAtIsConfiguration() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ManagementApi nowhere = new ManagementApi(new ManagementApiSettings(URI.create("http://127.0.0.1:" + port), TOKEN,
                Duration.ofSeconds(2), 3, Duration.ofMillis(5), Duration.ofMillis(50)));

        ChecklistBroken broken = catchThrowableOfType(() -> nowhere.get(PROJECT, Endpoint.PROJECT), ChecklistBroken.class);

        assertThat(broken.isConfiguration()).isTrue();
        assertThat(broken.getMessage()).contains("could not connect to the Supabase Management API at http://127.0.0.1:" + port,
                "verify.supabase-api-url").doesNotContain(TOKEN);
    }

    /** Beside the runtime proof (every sentence, only GET on the wire): no code in project/ can build another method. */
    @Test
    void noCodeInTheProjectLayerCanBuildARequestOtherThanGet() throws IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of(
                "src/main/java/dev/releasegate/verifier/project"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(java.nio.file.Files.readString(file)).as(file.toString())
                        .doesNotContain(".POST(", ".PUT(", ".DELETE(", ".method(\"", "HEAD(", "BodyPublishers");
            }
        }
    }

    @Test
    void aProjectIsConfiguredAsSupabaseAndItsRefAndNothingElseReachesThePath() {
        assertThat(ProjectAddress.parse("production", " supabase:" + REF + " ")).isEqualTo(PROJECT);
        for (String bad : List.of(REF, "supabase:", "supabase:ABCDEFGHIJKLMNOPQRST", "supabase:abcdefghijklmnopqrs",
                "supabase:../../v1/organizations", "supabase:abcdefghijklmnopqrst/secrets", "postgresql://x", "supabase:abcdefghijklmnopqrst?x")) {
            ChecklistBroken broken = catchThrowableOfType(() -> ProjectAddress.parse("production", bad), ChecklistBroken.class);
            assertThat(broken).as(bad).isNotNull();
            assertThat(broken.isConfiguration()).isTrue();
            assertThat(broken.getMessage()).contains("supabase:<project-ref>", "verify.project.production");
        }
    }
}
