package dev.releasegate.verifier.vocabulary;

import java.util.Locale;

/** How many single-letter edits (insert, delete, replace, swap two neighbours) turn one text into another, ignoring case. */
public final class EditDistance {

    private EditDistance() {
    }

    /** The optimal string alignment distance: a swapped pair of letters ("teh") counts as one edit, as a typist makes it. */
    public static int between(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[s.length()][t.length()];
    }

    /** The edits a name or word of this length may be away and still read as a typo of it: 1 up to 3 letters, 2 up to 7, else 3. */
    public static int typoAllowance(String word) {
        int length = word.length();
        return length <= 3 ? 1 : length <= 7 ? 2 : 3;
    }

    /** Whether {@code written} reads as a typo of {@code known} (not the same word). */
    public static boolean typo(String written, String known) {
        if (Math.abs(written.length() - known.length()) > typoAllowance(known)) {
            return false; // at least that many letters to add or remove: no need to count the rest
        }
        int distance = between(written, known);
        return distance > 0 && distance <= typoAllowance(known) && distance < Math.max(written.length(), known.length());
    }
}
