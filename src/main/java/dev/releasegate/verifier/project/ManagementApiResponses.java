package dev.releasegate.verifier.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Management API's answers, read into records by the field names and shapes of Supabase's OpenAPI description.
 * An answer of another shape names the request it came from; no message repeats the body, since the body of the
 * secrets endpoint is the one thing that must never be repeated.
 */
final class ManagementApiResponses {

    // a parse error's message must not quote the body it came from
    private static final ObjectMapper JSON = JsonMapper.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private ManagementApiResponses() {
    }

    /** FunctionResponse[] */
    static List<EdgeFunction> functions(ApiResponse response) {
        JsonNode root = array(response);
        List<EdgeFunction> out = new ArrayList<>();
        for (JsonNode item : root) {
            requireObject(response, item, "an Edge Function");
            Optional<Long> updated = optionalLong(response, item, "updated_at");
            out.add(new EdgeFunction(text(response, item, "slug"), text(response, item, "name"), text(response, item, "status"),
                    integer(response, item, "version"), optionalBoolean(response, item, "verify_jwt"), updated.map(Instant::ofEpochMilli)));
        }
        return List.copyOf(out);
    }

    /** SecretResponse[]: the value is fingerprinted here and goes no further. */
    static List<ProjectSecret> secrets(ApiResponse response) {
        JsonNode root = array(response);
        List<ProjectSecret> out = new ArrayList<>();
        for (JsonNode item : root) {
            requireObject(response, item, "a secret");
            JsonNode value = item.path("value");
            if (!value.isMissingNode() && !value.isNull() && !value.isTextual()) {
                throw shape(response, "the value of secret " + text(response, item, "name") + " is not text");
            }
            out.add(new ProjectSecret(text(response, item, "name"),
                    value.isTextual() ? Optional.of(SecretFingerprint.of(value.asText())) : Optional.empty()));
        }
        return List.copyOf(out);
    }

    /** AuthConfigResponse: every field kept as text, secret fields as nothing. */
    static AuthConfig authConfig(ApiResponse response) {
        JsonNode root = tree(response);
        requireObject(response, root, "the auth settings");
        Map<String, AuthSetting> settings = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            settings.put(field.getKey(), setting(field.getKey(), field.getValue()));
        }
        return new AuthConfig(settings);
    }

    /** V1ProjectWithDatabaseResponse */
    static ProjectDetails project(ApiResponse response) {
        JsonNode root = tree(response);
        requireObject(response, root, "a project");
        JsonNode database = root.path("database");
        if (!database.isObject()) {
            throw shape(response, "it has no \"database\" object");
        }
        return new ProjectDetails(text(response, root, "ref"), text(response, root, "name"), optionalText(response, root, "region").orElse(""),
                text(response, root, "status"), optionalText(response, database, "version"), optionalText(response, database, "postgres_engine"),
                optionalText(response, database, "release_channel"));
    }

    private static AuthSetting setting(String name, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return new AuthSetting(name, AuthSetting.Kind.NULL, null);
        }
        if (AuthSetting.secretName(name) && value.isTextual()) {
            return new AuthSetting(name, AuthSetting.Kind.SECRET, null);
        }
        if (value.isTextual()) {
            return new AuthSetting(name, AuthSetting.Kind.TEXT, value.asText());
        }
        if (value.isBoolean()) {
            return new AuthSetting(name, AuthSetting.Kind.BOOLEAN, String.valueOf(value.booleanValue()));
        }
        if (value.isNumber()) {
            return new AuthSetting(name, AuthSetting.Kind.NUMBER, value.decimalValue().stripTrailingZeros().toPlainString());
        }
        // no field of AuthConfigResponse is a list or an object; a new one that is stays comparable as its JSON
        return new AuthSetting(name, AuthSetting.secretName(name) ? AuthSetting.Kind.SECRET : AuthSetting.Kind.OTHER, value.toString());
    }

    private static JsonNode tree(ApiResponse response) {
        if (response.body().isBlank()) {
            throw shape(response, "the body is empty");
        }
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw shape(response, "the body is not JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static JsonNode array(ApiResponse response) {
        JsonNode root = tree(response);
        if (!root.isArray()) {
            throw shape(response, "it is not a list (JSON array) but " + kind(root));
        }
        return root;
    }

    private static void requireObject(ApiResponse response, JsonNode node, String what) {
        if (!node.isObject()) {
            throw shape(response, what + " is not a JSON object but " + kind(node));
        }
    }

    private static String text(ApiResponse response, JsonNode item, String field) {
        JsonNode value = item.path(field);
        if (!value.isTextual()) {
            throw shape(response, missingOrWrong(value, field, "text"));
        }
        return value.asText();
    }

    private static Optional<String> optionalText(ApiResponse response, JsonNode item, String field) {
        JsonNode value = item.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw shape(response, missingOrWrong(value, field, "text"));
        }
        return Optional.of(value.asText());
    }

    private static int integer(ApiResponse response, JsonNode item, String field) {
        JsonNode value = item.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw shape(response, missingOrWrong(value, field, "a whole number"));
        }
        return value.intValue();
    }

    private static Optional<Long> optionalLong(ApiResponse response, JsonNode item, String field) {
        JsonNode value = item.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw shape(response, missingOrWrong(value, field, "a whole number"));
        }
        return Optional.of(value.longValue());
    }

    private static Optional<Boolean> optionalBoolean(ApiResponse response, JsonNode item, String field) {
        JsonNode value = item.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw shape(response, missingOrWrong(value, field, "true or false"));
        }
        return Optional.of(value.booleanValue());
    }

    private static String missingOrWrong(JsonNode value, String field, String expected) {
        return value.isMissingNode() || value.isNull() ? "an entry has no \"" + field + "\""
                : "\"" + field + "\" is " + kind(value) + ", expected " + expected;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> "null";
        };
    }

    private static ChecklistBroken shape(ApiResponse response, String reason) {
        ApiExchange exchange = response.exchange();
        return new ChecklistBroken("the Supabase Management API's answer to GET " + path(exchange) + " (" + response.endpoint().what()
                + " of project " + exchange.project() + ") could not be read: " + reason + "; is " + ManagementApiSettings.URL_KEY
                + " the Management API (" + ManagementApiSettings.DEFAULT_URL + ")?");
    }

    private static String path(ApiExchange exchange) {
        int at = exchange.url().indexOf("/v1/");
        return at < 0 ? exchange.url() : exchange.url().substring(at);
    }
}
