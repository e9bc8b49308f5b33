package dev.releasegate.verifier.project;

import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.db.EnvironmentValues;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Where the Supabase Management API is and how the verifier talks to it, from the run's settings: the base URL
 * ({@code verify.supabase-api-url}), the access token ({@code verify.supabase-access-token}, by default
 * {@code ${SUPABASE_ACCESS_TOKEN}}), the time one request may take, and how often a 429 is retried.
 */
public record ManagementApiSettings(URI baseUrl, String token, Duration timeout, int retries, Duration firstBackoff,
                                    Duration maxBackoff) {

    public static final String DEFAULT_URL = "https://api.supabase.com";
    public static final String URL_KEY = "verify.supabase-api-url";
    public static final String TOKEN_KEY = "verify.supabase-access-token";
    public static final String TOKEN_VARIABLE = "SUPABASE_ACCESS_TOKEN";
    public static final String TIMEOUT_KEY = "verify.supabase-api-timeout-ms";
    public static final String RETRIES_KEY = "verify.supabase-api-retries";
    public static final String BACKOFF_KEY = "verify.supabase-api-backoff-ms";

    /** No single wait, whatever Retry-After asks, is longer: a run must finish. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public ManagementApiSettings {
        if (retries < 0 || timeout.isNegative() || timeout.isZero() || firstBackoff.isNegative()) {
            throw new IllegalArgumentException("retries, timeout and backoff must be positive");
        }
    }

    /** The settings as configured now; the token is registered with the mask however it was given. */
    public static ManagementApiSettings from(DatabaseSettings settings, EnvironmentValues values, SecretMask mask) {
        URI url = baseUrl(settings.setting(URL_KEY).map(values::expand).orElse(DEFAULT_URL));
        String token = token(settings, values);
        mask.register(token);
        Duration backoff = Duration.ofMillis(number(settings, BACKOFF_KEY, 1_000, 0));
        return new ManagementApiSettings(url, token, Duration.ofMillis(number(settings, TIMEOUT_KEY, 30_000, 1)),
                (int) number(settings, RETRIES_KEY, 3, 0), backoff, backoff.compareTo(MAX_BACKOFF) > 0 ? backoff : MAX_BACKOFF);
    }

    private static URI baseUrl(String text) {
        URI url;
        try {
            url = URI.create(text.trim().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw ChecklistBroken.configuration(URL_KEY + " is not a URL ('" + text + "'): leave it out for " + DEFAULT_URL);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw ChecklistBroken.configuration(URL_KEY + " is not an http(s) URL ('" + text + "'): leave it out for " + DEFAULT_URL);
        }
        // the access token rides on every request: never in clear text across a network
        if (scheme.equals("http") && !LOOPBACK.contains(url.getHost().toLowerCase(Locale.ROOT))) {
            throw ChecklistBroken.configuration(URL_KEY + " is " + text + ": the access token would travel unencrypted; use https"
                    + " (plain http is accepted only for a server on this machine)");
        }
        return url;
    }

    private static String token(DatabaseSettings settings, EnvironmentValues values) {
        String written = settings.setting(TOKEN_KEY).orElse("${" + TOKEN_VARIABLE + "}");
        String token;
        try {
            token = values.expand(written).trim();
        } catch (EnvironmentValues.UnknownEnvironmentValue e) {
            throw ChecklistBroken.configuration("Supabase project sentences need a Management API access token: " + e.getMessage()
                    + " (a personal access token from supabase.com/dashboard/account/tokens, read access is enough),"
                    + " or name another variable with -D" + TOKEN_KEY + "='${YOUR_TOKEN_VARIABLE}'");
        }
        if (token.isEmpty()) {
            throw ChecklistBroken.configuration("the Supabase access token is empty: set " + TOKEN_VARIABLE + " or " + TOKEN_KEY);
        }
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw ChecklistBroken.configuration("the Supabase access token contains spaces or characters a request header cannot carry:"
                    + " check " + TOKEN_VARIABLE + " or " + TOKEN_KEY + " (a stray newline from a file is the usual cause)");
        }
        return token;
    }

    private static long number(DatabaseSettings settings, String key, long fallback, long minimum) {
        String text = settings.setting(key).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim().replace("_", ""));
            if (value >= minimum && value <= Integer.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below, with the setting's name
        }
        throw ChecklistBroken.configuration(key + " is '" + text + "': write a whole number of at least " + minimum
                + " (default " + fallback + ")");
    }

    /** The token never shows: not in a log line, not in a report, not in a debugger's toString. */
    @Override
    public String toString() {
        return "ManagementApiSettings[" + baseUrl + ", token " + SecretMask.MASK + ", timeout " + timeout.toMillis() + " ms, "
                + retries + " retries]";
    }
}
