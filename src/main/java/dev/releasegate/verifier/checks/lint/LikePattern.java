package dev.releasegate.verifier.checks.lint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** SQL LIKE as PostgreSQL evaluates it ({@code %}, {@code _}, backslash escapes, case-sensitive), for lints written with it. */
final class LikePattern {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private LikePattern() {
    }

    /** {@code text LIKE pattern}; a null text matches nothing, as NULL LIKE anything is not true. */
    static boolean matches(String text, String pattern) {
        return text != null && COMPILED.computeIfAbsent(pattern, LikePattern::compile).matcher(text).matches();
    }

    private static Pattern compile(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
