package dev.releasegate.verifier.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Supabase Management API (the JDK's HttpServer), answering the four read endpoints the
 * verifier uses with bodies shaped as Supabase's OpenAPI description says (FunctionResponse[], SecretResponse[],
 * AuthConfigResponse, V1ProjectWithDatabaseResponse), checking the bearer token as the API does, and recording every
 * request so tests can prove that only GET is ever sent. Answers can be overridden per path: a status, a slow answer,
 * a stalled body, a number of 429s first.
 */
public final class FakeManagementApi implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String method, String path, String authorization, String userAgent, String accept) {
    }

    private record Answer(int status, String body, Map<String, String> headers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-management-api");
        thread.setDaemon(true);
        return thread;
    });
    private final String token;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Answer> overrides = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final Map<String, Duration> stalls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();
    private final Map<String, String> retryAfter = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeManagementApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeManagementApi start(String token) {
        try {
            return new FakeManagementApi(token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** http://127.0.0.1:port */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves a project's four endpoints from the fixture. */
    public FakeManagementApi project(ProjectFixture fixture) {
        String base = "/v1/projects/" + fixture.ref();
        answers.put(base, new Answer(200, write(fixture.projectJson()), Map.of()));
        answers.put(base + "/functions", new Answer(200, write(fixture.functionsJson()), Map.of()));
        answers.put(base + "/secrets", new Answer(200, write(fixture.secretsJson()), Map.of()));
        answers.put(base + "/config/auth", new Answer(200, write(fixture.authJson()), Map.of()));
        return this;
    }

    /** Answers the path with this status and body from now on. */
    public FakeManagementApi answer(String path, int status, String body) {
        return answer(path, status, body, Map.of());
    }

    public FakeManagementApi answer(String path, int status, String body, Map<String, String> headers) {
        overrides.put(path, new Answer(status, body, headers));
        return this;
    }

    /** Waits this long before answering the path (nothing is sent meanwhile). */
    public FakeManagementApi delay(String path, Duration delay) {
        delays.put(path, delay);
        return this;
    }

    /** Sends the headers, then waits this long before the body. */
    public FakeManagementApi stallBody(String path, Duration stall) {
        stalls.put(path, stall);
        return this;
    }

    /** Answers the path 429 this many times first, with a Retry-After header if one is given. */
    public FakeManagementApi rateLimit(String path, int times, String retryAfterSeconds) {
        rateLimited.put(path, new AtomicInteger(times));
        if (retryAfterSeconds != null) {
            retryAfter.put(path, retryAfterSeconds);
        }
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("User-Agent"), exchange.getRequestHeaders().getFirst("Accept")));
            exchange.getRequestBody().readAllBytes();
            sleep(delays.get(path));
            if (!method.equals("GET")) {
                send(exchange, new Answer(405, "{\"message\":\"Method Not Allowed\"}", Map.of()), path);
                return;
            }
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, new Answer(401, "{\"message\":\"Unauthorized\"}", Map.of()), path);
                return;
            }
            AtomicInteger limit = rateLimited.get(path);
            if (limit != null && limit.getAndDecrement() > 0) {
                Map<String, String> headers = retryAfter.containsKey(path) ? Map.of("Retry-After", retryAfter.get(path)) : Map.of();
                send(exchange, new Answer(429, "{\"message\":\"Too many requests\"}", headers), path);
                return;
            }
            Answer answer = overrides.getOrDefault(path, answers.get(path));
            send(exchange, answer == null ? new Answer(404, "{\"message\":\"Not found\"}", Map.of()) : answer, path);
        }
    }

    private void send(HttpExchange exchange, Answer answer, String path) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            OutputStream out = exchange.getResponseBody();
            Duration stall = stalls.get(path);
            if (stall != null) {
                out.write(body, 0, 1);
                out.flush();
                sleep(stall);
                out.write(body, 1, body.length - 1);
            } else {
                out.write(body);
            }
        }
    }

    private static void sleep(Duration duration) {
        if (duration == null) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 digest the API lists for a secret's value (hex), as `supabase secrets list` shows it. */
    public static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A project as the API would describe it; built with the fluent methods, shaped as the OpenAPI description says. */
    public static final class ProjectFixture {
        private final String ref;
        private String postgresVersion = "15.8.1.060";
        private String engine = "15";
        private final List<Map<String, Object>> functions = new ArrayList<>();
        private final List<Map<String, Object>> secrets = new ArrayList<>();
        private final Map<String, Object> auth = new LinkedHashMap<>();

        public ProjectFixture(String ref) {
            this.ref = ref;
            // a representative part of AuthConfigResponse: text, lists in one string, booleans, numbers, nulls, secret digests
            auth.put("site_url", "http://localhost:3000");
            auth.put("uri_allow_list", "");
            auth.put("disable_signup", false);
            auth.put("external_email_enabled", true);
            auth.put("external_google_enabled", false);
            auth.put("external_google_client_id", null);
            auth.put("external_google_secret", null);
            auth.put("jwt_exp", 3600);
            auth.put("mailer_autoconfirm", false);
            auth.put("mailer_otp_exp", 3600);
            auth.put("password_min_length", 6);
            auth.put("password_required_characters", null);
            auth.put("rate_limit_email_sent", 2);
            auth.put("rate_limit_otp", 30);
            auth.put("refresh_token_rotation_enabled", true);
            auth.put("security_refresh_token_reuse_interval", 10);
            auth.put("smtp_admin_email", null);
            auth.put("smtp_host", null);
            auth.put("smtp_pass", null);
            auth.put("smtp_port", null);
            auth.put("smtp_sender_name", null);
            auth.put("smtp_user", null);
            auth.put("sms_test_otp", null);
            auth.put("hook_send_email_enabled", false);
            auth.put("hook_send_email_secrets", null);
            auth.put("hook_send_email_uri", null);
            auth.put("webauthn_rp_origins", null);
            auth.put("api_max_request_duration", 10);
            auth.put("db_max_pool_size_unit", "connections");
        }

        public String ref() {
            return ref;
        }

        public ProjectFixture postgres(String version, String postgresEngine) {
            this.postgresVersion = version;
            this.engine = postgresEngine;
            return this;
        }

        public ProjectFixture function(String slug, String status, boolean verifyJwt, int version) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", java.util.UUID.nameUUIDFromBytes((ref + slug).getBytes(StandardCharsets.UTF_8)).toString());
            f.put("slug", slug);
            f.put("name", slug);
            f.put("status", status);
            f.put("version", version);
            f.put("created_at", 1737972000000L);
            f.put("updated_at", 1737975600000L + version);
            f.put("verify_jwt", verifyJwt);
            f.put("import_map", false);
            f.put("entrypoint_path", "file:///tmp/user_fn_" + ref + "/source/index.ts");
            f.put("ezbr_sha256", digest(slug + version));
            functions.add(f);
            return this;
        }

        public ProjectFixture functions(String status, boolean verifyJwt, int version, String... slugs) {
            for (String slug : slugs) {
                function(slug, status, verifyJwt, version);
            }
            return this;
        }

        /** A secret listed as the API lists it: its name and the digest of its value. */
        public ProjectFixture secret(String name, String value) {
            return secretAsReturned(name, digest(value));
        }

        /** A secret whose listed "value" is exactly this text (to prove a plain value, should one come back, goes nowhere). */
        public ProjectFixture secretAsReturned(String name, String returned) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", name);
            s.put("value", returned);
            s.put("updated_at", "2025-01-27T10:00:00.000Z");
            secrets.add(s);
            return this;
        }

        public ProjectFixture auth(String field, Object value) {
            auth.put(field, value);
            return this;
        }

        Map<String, Object> projectJson() {
            Map<String, Object> database = new LinkedHashMap<>();
            database.put("host", "db." + ref + ".supabase.co");
            database.put("version", postgresVersion);
            database.put("postgres_engine", engine);
            database.put("release_channel", "ga");
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("id", ref);
            project.put("ref", ref);
            project.put("organization_id", "tsrqponmlkjihgfedcba");
            project.put("organization_slug", "tsrqponmlkjihgfedcba");
            project.put("name", "project " + ref);
            project.put("region", "ap-south-1");
            project.put("created_at", "2025-01-27T09:00:00.000Z");
            project.put("status", "ACTIVE_HEALTHY");
            project.put("database", database);
            return project;
        }

        List<Map<String, Object>> functionsJson() {
            return functions;
        }

        List<Map<String, Object>> secretsJson() {
            return secrets;
        }

        Map<String, Object> authJson() {
            return auth;
        }
    }
}
