package dev.releasegate.verifier.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Supabase Management API, read-only: the one request this class can build is a GET. Each request is bounded in
 * time (headers and body), a 429 is retried with a growing pause up to a bound, and every way a read can end other
 * than 200 becomes a {@link ChecklistBroken} that names the project, the request and what to fix. The token is sent
 * in a header and never appears in a message.
 */
public final class ManagementApi {

    static final String USER_AGENT = "migration-verifier";
    private static final List<String> SHOWN_HEADERS = List.of("Authorization: Bearer " + SecretMask.MASK,
            "Accept: application/json", "User-Agent: " + USER_AGENT);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ManagementApiSettings settings;
    private final HttpClient client;

    public ManagementApi(ManagementApiSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                // a redirect would carry the token to an address nobody configured: it ends the read instead
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public ManagementApiSettings settings() {
        return settings;
    }

    /** GET {@code endpoint} of the project; returns only on 200. */
    ApiResponse get(ProjectAddress project, Endpoint endpoint) {
        URI uri = URI.create(settings.baseUrl() + endpoint.path(project));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.token())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .build();
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request, project, endpoint);
            int status = response.statusCode();
            if (status == 429 && attempt <= settings.retries()) {
                pause(backoff(attempt, response), project, endpoint);
                continue;
            }
            ApiExchange exchange = new ApiExchange(project.describe(), request.method(), uri.toString(), SHOWN_HEADERS, status,
                    startedAt, Duration.ofNanos(System.nanoTime() - started), attempt);
            if (status == 200) {
                return new ApiResponse(endpoint, exchange, response.body() == null ? "" : response.body());
            }
            throw refused(project, endpoint, exchange, response);
        }
    }

    private HttpResponse<String> send(HttpRequest request, ProjectAddress project, Endpoint endpoint) {
        CompletableFuture<HttpResponse<String>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            // the request's own timeout ends at the response's headers; this one bounds the body too
            return pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(project, endpoint);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new ChecklistBroken("the run was interrupted while reading " + endpoint.what() + " of Supabase project "
                    + project.describe());
        } catch (ExecutionException e) {
            throw unreachable(e.getCause(), project, endpoint);
        }
    }

    private ChecklistBroken timedOut(ProjectAddress project, Endpoint endpoint) {
        return new ChecklistBroken("the Supabase Management API did not answer GET " + endpoint.path(project) + " (" + endpoint.what()
                + " of project " + project.describe() + ") within " + settings.timeout().toMillis() + " ms: try again, or allow"
                + " more time with -D" + ManagementApiSettings.TIMEOUT_KEY + "=60000");
    }

    private ChecklistBroken unreachable(Throwable cause, ProjectAddress project, Endpoint endpoint) {
        if (cause instanceof HttpConnectTimeoutException) {
            return ChecklistBroken.configuration("could not connect to the Supabase Management API at " + settings.baseUrl() + " within "
                    + settings.timeout().toMillis() + " ms (reading " + endpoint.what() + " of project " + project.describe()
                    + "): check " + ManagementApiSettings.URL_KEY + " and that this machine may reach it (proxy, firewall)");
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(project, endpoint);
        }
        String reason = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        if (cause instanceof ConnectException || cause instanceof java.nio.channels.UnresolvedAddressException
                || cause instanceof java.net.UnknownHostException) {
            return ChecklistBroken.configuration("could not connect to the Supabase Management API at " + settings.baseUrl() + " ("
                    + reason + ") reading " + endpoint.what() + " of project " + project.describe() + ": check "
                    + ManagementApiSettings.URL_KEY + " and that this machine may reach it (proxy, firewall)");
        }
        if (cause instanceof IOException) {
            return new ChecklistBroken("the connection to the Supabase Management API failed during GET " + endpoint.path(project) + " ("
                    + endpoint.what() + " of project " + project.describe() + "): " + reason);
        }
        return new ChecklistBroken("GET " + endpoint.path(project) + " (" + endpoint.what() + " of project " + project.describe()
                + ") could not be sent: " + reason);
    }

    private Duration backoff(int attempt, HttpResponse<String> response) {
        Duration grown = settings.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration asked = retryAfter(response).orElse(Duration.ZERO);
        Duration wait = grown.compareTo(asked) >= 0 ? grown : asked;
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    /** Retry-After in seconds, the form the API uses; an HTTP date or anything else is ignored for the growing pause. */
    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)));
    }

    private static void pause(Duration wait, ProjectAddress project, Endpoint endpoint) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChecklistBroken("the run was interrupted while waiting to read " + endpoint.what() + " of Supabase project "
                    + project.describe() + " again (429)");
        }
    }

    private ChecklistBroken refused(ProjectAddress project, Endpoint endpoint, ApiExchange exchange, HttpResponse<String> response) {
        String request = "GET " + endpoint.path(project) + " (" + endpoint.what() + " of project " + project.describe() + ")";
        String said = apiMessage(response.body()).map(m -> " (\"" + m + "\")").orElse("");
        int status = exchange.status();
        return switch (status) {
            case 401 -> ChecklistBroken.configuration("the Supabase Management API refused the access token (401 Unauthorized" + said
                    + ") for " + request + ": set " + ManagementApiSettings.TOKEN_VARIABLE + " (or -D" + ManagementApiSettings.TOKEN_KEY
                    + "='${YOUR_TOKEN_VARIABLE}') to a valid personal access token from supabase.com/dashboard/account/tokens");
            case 403 -> ChecklistBroken.configuration("the access token may not read " + endpoint.what() + " of project " + project.describe()
                    + " (403 Forbidden" + said + " for GET " + endpoint.path(project) + "): give the token the " + endpoint.scope()
                    + " permission, or use the token of a member of the project's organization ("
                    + ManagementApiSettings.TOKEN_VARIABLE + " or " + ManagementApiSettings.TOKEN_KEY + ")");
            case 404 -> ChecklistBroken.configuration("the Supabase Management API knows no project " + project.ref() + " (404 Not Found"
                    + said + " for GET " + endpoint.path(project) + "): correct " + DatabaseSettings.PROJECT_PREFIX + project.name()
                    + ", or check " + ManagementApiSettings.URL_KEY + " (" + settings.baseUrl() + ")");
            case 429 -> new ChecklistBroken("the Supabase Management API kept answering 429 Too Many Requests" + said + " to " + request
                    + ": gave up after " + exchange.attempts() + " attempts over " + exchange.elapsed().toMillis() + " ms (the API"
                    + " limits requests per minute per token): run again later, or allow more with -D"
                    + ManagementApiSettings.RETRIES_KEY + "=6");
            default -> status >= 300 && status < 400
                    ? ChecklistBroken.configuration("the Supabase Management API answered " + status + " (a redirect"
                    + response.headers().firstValue("Location").map(l -> " to " + l).orElse("") + ") to " + request
                    + ": the verifier follows no redirect with the token; correct " + ManagementApiSettings.URL_KEY)
                    : new ChecklistBroken("the Supabase Management API answered " + status + said + " to " + request
                    + (status >= 500 ? ": the API failed, try again later" : ""));
        };
    }

    /** The API's own explanation, {"message": "..."}, short; nothing else of an error body is repeated. */
    private static Optional<String> apiMessage(String body) {
        if (body == null || body.isBlank() || body.length() > 100_000) {
            return Optional.empty();
        }
        try {
            JsonNode message = JSON.readTree(body).path("message");
            if (!message.isTextual() || message.asText().isBlank()) {
                return Optional.empty();
            }
            String text = message.asText().strip().replaceAll("\\s+", " ");
            return Optional.of(text.length() > 200 ? text.substring(0, 200) + "..." : text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
