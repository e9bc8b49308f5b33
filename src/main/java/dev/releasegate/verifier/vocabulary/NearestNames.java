package dev.releasegate.verifier.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The existing names nearest to one a checklist wrote that does not exist: a typo ({@code restaurant} for
 * {@code restaurants}), another case, another schema ({@code users} for {@code auth.users}), a missing prefix
 * ({@code payments} for {@code trackpay_payments}). Names are compared as reports print them ({@code schema.name},
 * the schema left out in the default one).
 */
public final class NearestNames {

    /** At most this many names are suggested. */
    public static final int MAX = 3;

    private NearestNames() {
    }

    private record Candidate(String name, int score) {
    }

    /** Up to {@link #MAX} existing names close enough to {@code wanted} to be what was meant, nearest first. */
    public static List<String> among(String wanted, Collection<String> existing) {
        List<Candidate> close = new ArrayList<>();
        for (String name : new LinkedHashSet<>(existing)) {
            if (name.equals(wanted)) {
                continue;
            }
            if (Math.abs(wanted.length() - name.length()) > 64 && !partOf(bare(wanted), bare(name))) {
                continue; // far longer or shorter: never a typo, and not worth counting letter by letter
            }
            int score = score(wanted, name);
            if (score <= EditDistance.typoAllowance(bare(wanted))) {
                close.add(new Candidate(name, score));
            }
        }
        close.sort(Comparator.comparingInt(Candidate::score).thenComparing(Candidate::name));
        return close.stream().limit(MAX).map(Candidate::name).toList();
    }

    /** {@code " (did you mean restaurants?)"}, or nothing when no existing name is close. */
    public static String didYouMean(String wanted, Collection<String> existing) {
        List<String> nearest = among(wanted, existing);
        return nearest.isEmpty() ? "" : " (did you mean " + orList(nearest) + "?)";
    }

    /** "a", "a or b", "a, b or c". */
    public static String orList(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Edits between the names; the same name in another schema is one edit away; a name inside the other is as far as a typo may be. */
    private static int score(String wanted, String name) {
        int whole = EditDistance.between(wanted, name);
        String w = bare(wanted);
        String n = bare(name);
        int bare = EditDistance.between(w, n) + (w.length() == wanted.length() && n.length() == name.length() ? 0 : 1);
        int score = Math.min(whole, bare);
        if (score > EditDistance.typoAllowance(w) && partOf(w, n)) {
            return EditDistance.typoAllowance(w);
        }
        return score;
    }

    /** One name is the other with a prefix or suffix joined by an underscore: {@code payments}, {@code trackpay_payments}. */
    private static boolean partOf(String a, String b) {
        String shorter = (a.length() <= b.length() ? a : b).toLowerCase(Locale.ROOT);
        String longer = (a.length() <= b.length() ? b : a).toLowerCase(Locale.ROOT);
        return shorter.length() >= 4 && (longer.endsWith("_" + shorter) || longer.startsWith(shorter + "_"));
    }

    private static String bare(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && dot < name.length() - 1 && !name.contains("(") ? name.substring(dot + 1) : name;
    }
}
