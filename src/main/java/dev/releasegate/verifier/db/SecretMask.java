package dev.releasegate.verifier.db;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces every known secret, and every password written in a connection string, with {@code *****}. */
public final class SecretMask {

    public static final String MASK = "*****";

    /**
     * The host (and port) that follows the '@' ending a URL's user-info, then the end of the address: the user-info
     * ends at the first '@' followed by something shaped like a host, so a raw '@', '/', '?' or '#' inside a
     * password stays inside it ({@code postgresql://leaky:Secret@Leak99@host:5432/app}: "Secret@Leak99").
     */
    private static final String HOST_AFTER_USER_INFO = "@(?:[A-Za-z0-9._\\-]+|\\[[0-9A-Fa-f:.%]+])(?::[^/?#@\\s\"',;)]*)?(?=[/?#\\s\"',;)]|$)";
    private static final Pattern HOST_AFTER = Pattern.compile(HOST_AFTER_USER_INFO);
    // user:password@ in URLs, and password=... in JDBC query strings or key=value lists
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/\\s\"']+:)([^\\s\"']*?)(?=" + HOST_AFTER_USER_INFO + ")");
    private static final Pattern PARAM_PASSWORD =
            Pattern.compile("(?i)((?:^|[?&;\\s])password=)([^&;\\s\"']+)");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Remembers a value that must never appear in a report or a log. Very short values are ignored:
     *  masking every "a" or "1" would make reports unreadable and protects nothing. */
    public void register(String secret) {
        if (secret != null && secret.length() >= 3) {
            secrets.add(secret);
        }
    }

    /** "user:password@host" or "user:${DB_PASSWORD}@host" in a hint is an example, not a secret: its value would be. */
    private static boolean isPlaceholder(String password) {
        return password.replaceAll("[\\[\\]<>]", "").equalsIgnoreCase("password") || password.matches("\\$\\{[A-Za-z_][A-Za-z0-9_.\\-]*}");
    }

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        // longest first, so a secret that contains another is masked whole
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            masked = masked.replace(secret, MASK);
        }
        // the regular expressions cost more than the rest of a step on large catalog evidence: scan only text that can match
        masked = maskUrlPasswords(masked);
        if (masked.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            masked = PARAM_PASSWORD.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        }
        return masked;
    }

    /**
     * The index of the '@' that ends the user-info of the address starting at {@code from} (just after "://"), or -1
     * when it has none: the first '@' followed by a host, optionally a port, and then the end of the authority.
     */
    static int userInfoEnd(String address, int from) {
        Matcher matcher = HOST_AFTER.matcher(address);
        int at = address.indexOf('@', from);
        while (at >= 0) {
            matcher.region(at, address.length());
            if (matcher.lookingAt()) {
                return at;
            }
            at = address.indexOf('@', at + 1);
        }
        return -1;
    }

    /** Same as replacing URL_PASSWORD everywhere, but the pattern is only tried where "://" occurs. */
    private static String maskUrlPasswords(String text) {
        int at = text.indexOf("://");
        if (at < 0) {
            return text;
        }
        Matcher matcher = URL_PASSWORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (at >= 0) {
            matcher.region(at, text.length());
            if (matcher.lookingAt() && !matcher.group(2).isEmpty()) {
                out.append(text, copied, matcher.start(2)).append(isPlaceholder(matcher.group(2)) ? matcher.group(2) : MASK);
                copied = matcher.end(2);
                at = text.indexOf("://", matcher.end());
            } else {
                at = text.indexOf("://", at + 3);
            }
        }
        return out.append(text, copied, text.length()).toString();
    }
}
