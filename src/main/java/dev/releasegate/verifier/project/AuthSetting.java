package dev.releasegate.verifier.project;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One field of {@code GET /v1/projects/{ref}/config/auth} (AuthConfigResponse) as text, the way a checklist writes it:
 * strings as they are, booleans {@code true}/{@code false}, numbers as JSON prints them, {@code null}. Fields that hold a
 * secret ({@code smtp_pass}, {@code external_*_secret}, {@code hook_*_secrets}, {@code sms_*_auth_token}, API keys) keep
 * no text at all: the API returns their digests, and the verifier neither shows nor compares them.
 */
public record AuthSetting(String name, Kind kind, String text) {

    /** The JSON type of the field; SECRET for a secret field that holds something. */
    public enum Kind { TEXT, BOOLEAN, NUMBER, NULL, SECRET, OTHER }

    /** The suffixes of AuthConfigResponse's secret fields (a number such as rate_limit_otp is no secret). */
    private static final Pattern SECRET_NAME = Pattern.compile("(^|_)(secret|secrets|pass|password|token|key|otp)$");

    public AuthSetting {
        if (kind == Kind.SECRET) {
            text = null;
        }
    }

    public static boolean secretName(String name) {
        return SECRET_NAME.matcher(name).find();
    }

    /** uri_allow_list and the other list settings are one string of comma-separated entries. */
    public List<String> entries() {
        if (kind != Kind.TEXT || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
    }

    /** As the report shows it: the text, {@code null}, or the mask for a secret. */
    public String shown() {
        return switch (kind) {
            case SECRET -> dev.releasegate.verifier.db.SecretMask.MASK;
            case NULL -> "null";
            default -> text;
        };
    }
}
