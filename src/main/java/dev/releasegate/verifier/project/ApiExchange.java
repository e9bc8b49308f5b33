package dev.releasegate.verifier.project;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One read from the Management API as the report shows it: the request (method, address, headers with the token
 * masked), the status that ended it, when it started, how long it took and after how many attempts (429s retried).
 */
public record ApiExchange(String project, String method, String url, List<String> headers, int status, Instant startedAt,
                          Duration elapsed, int attempts) {

    public ApiExchange {
        headers = List.copyOf(headers);
    }

    /** The request and its outcome as text, one fact a line, for the item's evidence. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("-- project: ").append(project).append('\n');
        out.append("-- at: ").append(startedAt).append(" (").append(elapsed.toMillis()).append(" ms")
                .append(attempts > 1 ? ", " + attempts + " attempts: the API asked to slow down (429)" : "").append(")\n");
        out.append(method).append(' ').append(url).append('\n');
        headers.forEach(h -> out.append(h).append('\n'));
        out.append("-- status: ").append(status).append('\n');
        return out.toString();
    }
}
