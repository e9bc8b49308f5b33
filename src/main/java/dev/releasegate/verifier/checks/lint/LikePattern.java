package dev.releasegate.verifier.checks.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL LIKE as PostgreSQL evaluates it ({@code %} any run of characters, {@code _} one character, backslash escapes
 * the next, case-sensitive), for the lints splinter writes with it. The pattern is split at its {@code %}s and the
 * pieces are found left to right (the leftmost place of each is always a right one), which stays linear on the
 * long expressions of policies where a regular expression would backtrack.
 */
final class LikePattern {

    /** A piece between two {@code %}: its characters, and where {@code _} stands for any one. */
    private record Piece(String chars, boolean[] anyOne) {
        boolean matchesAt(String text, int at) {
            if (at < 0 || at + chars.length() > text.length()) {
                return false;
            }
            for (int i = 0; i < chars.length(); i++) {
                if (!anyOne[i] && chars.charAt(i) != text.charAt(at + i)) {
                    return false;
                }
            }
            return true;
        }

        /** The first place at or after {@code from} where the piece matches, or -1. */
        int find(String text, int from) {
            boolean plain = true;
            for (boolean b : anyOne) {
                plain &= !b;
            }
            if (plain) {
                return text.indexOf(chars, from);
            }
            for (int at = from; at + chars.length() <= text.length(); at++) {
                if (matchesAt(text, at)) {
                    return at;
                }
            }
            return -1;
        }
    }

    /** The pieces, and whether the pattern starts and ends with {@code %}. */
    private record Parsed(List<Piece> pieces, boolean openStart, boolean openEnd) {
    }

    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    private LikePattern() {
    }

    /** {@code text LIKE pattern}; a null text matches nothing, as NULL LIKE anything is not true. */
    static boolean matches(String text, String pattern) {
        if (text == null) {
            return false;
        }
        Parsed parsed = PARSED.computeIfAbsent(pattern, LikePattern::parse);
        List<Piece> pieces = parsed.pieces();
        if (pieces.size() == 1 && !parsed.openStart() && !parsed.openEnd()) {
            return pieces.get(0).chars().length() == text.length() && pieces.get(0).matchesAt(text, 0);
        }
        int from = 0;
        int first = 0;
        int last = pieces.size();
        if (!parsed.openStart()) {
            if (!pieces.get(0).matchesAt(text, 0)) {
                return false;
            }
            from = pieces.get(0).chars().length();
            first = 1;
        }
        int end = text.length();
        if (!parsed.openEnd()) {
            Piece tail = pieces.get(pieces.size() - 1);
            end = text.length() - tail.chars().length();
            if (end < from || !tail.matchesAt(text, end)) {
                return false;
            }
            last = pieces.size() - 1;
        }
        for (int i = first; i < last; i++) {
            int at = pieces.get(i).find(text, from);
            if (at < 0 || at + pieces.get(i).chars().length() > end) {
                return false;
            }
            from = at + pieces.get(i).chars().length();
        }
        return true;
    }

    private static Parsed parse(String pattern) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder chars = new StringBuilder();
        List<Boolean> anyOne = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%') {
                if (chars.length() > 0) {
                    pieces.add(piece(chars, anyOne));
                }
                chars.setLength(0);
                anyOne.clear();
            } else {
                boolean escaped = c == '\\' && i + 1 < pattern.length();
                chars.append(escaped ? pattern.charAt(++i) : c);
                anyOne.add(!escaped && c == '_');
            }
        }
        if (chars.length() > 0 || pieces.isEmpty()) {
            pieces.add(piece(chars, anyOne));
        }
        return new Parsed(pieces, pattern.startsWith("%"), pattern.endsWith("%") && !pattern.endsWith("\\%"));
    }

    private static Piece piece(StringBuilder chars, List<Boolean> anyOne) {
        boolean[] flags = new boolean[anyOne.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = anyOne.get(i);
        }
        return new Piece(chars.toString(), flags);
    }
}
