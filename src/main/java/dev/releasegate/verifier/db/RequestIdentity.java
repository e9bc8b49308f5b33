package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who a probe acts as, the way PostgREST sees a request: a database role, and for a signed-in user the JWT's
 * {@code sub} plus any extra claims. {@code user} is empty for a role acting without a user (anon, or the
 * SQL editor's "authenticated, nobody signed in").
 */
public record RequestIdentity(String role, Optional<String> user, Map<String, String> extraClaims) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public RequestIdentity {
        if (role == null || role.isBlank()) {
            throw new ChecklistBroken("a role to act as is needed: write Given I act as the role \"anon\"");
        }
        extraClaims = Map.copyOf(new LinkedHashMap<>(extraClaims));
    }

    public static RequestIdentity role(String role) {
        return new RequestIdentity(role, Optional.empty(), Map.of());
    }

    public static RequestIdentity user(String role, String user, Map<String, String> extraClaims) {
        return new RequestIdentity(role, Optional.of(user), extraClaims);
    }

    /** The JSON PostgREST puts in {@code request.jwt.claims}: the extra claims, then role and sub (which win). */
    public String claimsJson() {
        ObjectNode claims = JSON.createObjectNode();
        extraClaims.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> claims.put(e.getKey(), e.getValue()));
        claims.put("role", role);
        user.ifPresent(sub -> claims.put("sub", sub));
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "the authenticated user 7d9c0b7e-..." or "the role anon", for reports. */
    public String describe() {
        String email = extraClaims.get("email");
        if (user.isPresent() && email != null && extraClaims.size() == 1) {
            return "the " + role + " user " + email + " (" + user.get() + ")"; // acting as a user a set-up step created
        }
        return user.map(u -> "the " + role + " user " + u).orElse("the role " + role)
                + (extraClaims.isEmpty() ? "" : " with claims " + new java.util.TreeMap<>(extraClaims));
    }
}
