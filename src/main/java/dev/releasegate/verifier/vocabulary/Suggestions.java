package dev.releasegate.verifier.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": for a step no sentence of the vocabulary matches, the closest sentences, ranked by the words they
 * have in common with it (a word misspelt by a letter or two counts) and then by edit distance, with the step's own
 * arguments put where they line up: {@code row level securty is enabled on "users"} gets
 * {@code row level security is enabled on "users"}.
 */
public final class Suggestions {

    /** The reference page of every sentence, in the repository. */
    public static final String PAGE = "docs/vocabulary.md";

    /** At most this many sentences are suggested. */
    public static final int MAX = 3;

    private static final Pattern KEYWORD = Pattern.compile("^\\s*(?:Given|When|Then|And|But|\\*)\\s+");
    /** Possessive, so that an enormous quoted argument is read without a stack frame per letter. */
    private static final Pattern USER_TOKEN = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"?|'[^']*+'?|[^\\s\"']+[^\\s]*");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]*)}(.*)");
    private static final Pattern OPTIONAL = Pattern.compile("\\(([^)]*)\\)");
    private static final double NO_MATCH = 1;
    private static final double NEAR = 0.5;
    private static final int SAMPLE = 100;
    private static final int MAX_TOKENS = 64;

    private final Vocabulary vocabulary;
    private final Map<String, Pattern> types = new LinkedHashMap<>();

    public Suggestions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        vocabulary.parameterTypes().forEach((name, regex) -> types.put(name, Pattern.compile(regex)));
    }

    private static final class OfGlue {
        static final Suggestions INSTANCE = new Suggestions(Vocabulary.ofGlue());
    }

    /** Suggestions from the vocabulary of the glue on the classpath. */
    public static Suggestions ofGlue() {
        return OfGlue.INSTANCE;
    }

    /**
     * The lines a report adds to an undefined step: {@code did you mean: ...}, then {@code or: ...} for the next ones;
     * empty when no sentence is close. {@code step} may start with its keyword.
     */
    public List<String> didYouMean(String step) {
        List<String> closest = closest(step);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < closest.size(); i++) {
            lines.add((i == 0 ? "did you mean: " : "          or: ") + closest.get(i));
        }
        return lines;
    }

    /** Up to {@link #MAX} sentences close to the step, best first, with its arguments filled in where they line up. */
    public List<String> closest(String step) {
        String text = KEYWORD.matcher(step).replaceFirst("").trim();
        List<Token> written = tokens(text);
        if (written.size() > MAX_TOKENS) {
            written = written.subList(0, MAX_TOKENS); // no sentence is that long: the start is what can be recognised
        }
        long words = written.stream().filter(t -> !t.quoted() && !t.number()).count();
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : vocabulary.sentences()) {
            List<Part> parts = parts(sentence.expression());
            Alignment alignment = align(written, parts);
            long literal = parts.stream().filter(p -> p.parameter() == null).count();
            if (alignment.common == 0 || 2 * alignment.common < literal || 2 * alignment.common < words) {
                continue;
            }
            String filled = alignment.filled;
            candidates.add(new Candidate(filled, alignment.common, EditDistance.between(ends(text), ends(filled))));
        }
        candidates.sort(Comparator.comparingInt(Candidate::common).reversed().thenComparingInt(Candidate::distance)
                .thenComparing(Candidate::text));
        Set<String> out = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            if (!candidate.text().equals(text)) {
                out.add(candidate.text());
            }
            if (out.size() == MAX) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private record Candidate(String text, int common, int distance) {
    }

    /** A long text by its ends: enough to rank sentences, without comparing every letter of an enormous argument. */
    private static String ends(String text) {
        return text.length() <= 4 * SAMPLE ? text : text.substring(0, 2 * SAMPLE) + text.substring(text.length() - 2 * SAMPLE);
    }

    /** A piece of the step as written: a word, a quoted argument, or a number. */
    private record Token(String text, String key, boolean quoted, boolean number) {
    }

    /** A piece of a sentence: a word (with the forms its optional text allows) or a parameter, and punctuation after it. */
    private record Part(String word, List<String> forms, String parameter, String suffix) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = USER_TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean quoted = t.startsWith("\"") || t.startsWith("'");
            String key = quoted ? t : stripPunctuation(t).toLowerCase(Locale.ROOT);
            tokens.add(new Token(t, key, quoted, !quoted && t.matches("-?\\d[\\d_,]*")));
        }
        return tokens;
    }

    private static String stripPunctuation(String word) {
        int end = word.length();
        while (end > 1 && (word.charAt(end - 1) == ':' || word.charAt(end - 1) == ',')) {
            end--;
        }
        return word.substring(0, end);
    }

    private static List<Part> parts(String expression) {
        List<Part> parts = new ArrayList<>();
        for (String piece : expression.trim().split("\\s+")) {
            Matcher parameter = PARAMETER.matcher(piece);
            if (parameter.matches()) {
                parts.add(new Part(null, List.of(), parameter.group(1), parameter.group(2)));
                continue;
            }
            String word = stripPunctuation(piece);
            List<String> forms = new ArrayList<>();
            for (String alternative : word.split("/")) {
                forms.addAll(optionalForms(alternative));
            }
            parts.add(new Part(word, forms, null, piece.substring(word.length())));
        }
        return parts;
    }

    /** {@code row(s)} -> {@code rows}, {@code row}: the longest form first, the one shown when nothing lines up with it. */
    private static List<String> optionalForms(String word) {
        Matcher m = OPTIONAL.matcher(word);
        if (!m.find()) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>();
        for (String rest : optionalForms(word.substring(m.end()))) {
            out.add(word.substring(0, m.start()) + m.group(1) + rest);
            out.add(word.substring(0, m.start()) + rest);
        }
        return out;
    }

    /** How the step lines up with a sentence: the words they share and the sentence written with the step's arguments. */
    private record Alignment(int common, String filled) {
    }

    /** An edit distance over words and arguments, remembering which step token each part of the sentence took. */
    private Alignment align(List<Token> written, List<Part> parts) {
        int n = written.size();
        int m = parts.size();
        double[][] cost = new double[n + 1][m + 1];
        // 0 skip a token, 1 skip a part, 2 pair one token, 3 pair two tokens with a parameter ("SET NULL"),
        // 4 pair two words with one ("can not" for "cannot")
        int[][] move = new int[n + 1][m + 1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n && j == m) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                if (i < n) {
                    best = cost[i + 1][j] + NO_MATCH;
                    move[i][j] = 0;
                }
                if (j < m && cost[i][j + 1] + NO_MATCH < best) {
                    best = cost[i][j + 1] + NO_MATCH;
                    move[i][j] = 1;
                }
                if (i < n && j < m && cost[i + 1][j + 1] + pair(written.get(i), parts.get(j)) < best) {
                    best = cost[i + 1][j + 1] + pair(written.get(i), parts.get(j));
                    move[i][j] = 2;
                }
                if (i + 1 < n && j < m && parts.get(j).parameter() != null && fits(parts.get(j), joined(written, i))
                        && cost[i + 2][j + 1] <= best) {
                    best = cost[i + 2][j + 1];
                    move[i][j] = 3;
                }
                if (i + 1 < n && j < m && oneWord(written, i, parts.get(j)) && cost[i + 2][j + 1] <= best) {
                    best = cost[i + 2][j + 1];
                    move[i][j] = 4;
                }
                cost[i][j] = best;
            }
        }
        int common = 0;
        List<String> shown = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            switch (move[i][j]) {
                case 0 -> i++;
                case 1 -> {
                    shown.add(show(parts.get(j), null));
                    j++;
                }
                case 2 -> {
                    Part part = parts.get(j);
                    double paired = pair(written.get(i), part);
                    if (part.parameter() == null && paired < NO_MATCH) {
                        common++;
                    }
                    shown.add(show(part, paired < NO_MATCH ? written.get(i).text() : null));
                    i++;
                    j++;
                }
                case 3 -> {
                    shown.add(show(parts.get(j), joined(written, i)));
                    i += 2;
                    j++;
                }
                default -> {
                    common++;
                    shown.add(show(parts.get(j), null));
                    i += 2;
                    j++;
                }
            }
        }
        return new Alignment(common, String.join(" ", shown));
    }

    /** Two words of the step written as one of the sentence: {@code can not} for {@code cannot}. */
    private static boolean oneWord(List<Token> written, int i, Part part) {
        Token first = written.get(i);
        Token second = written.get(i + 1);
        return part.parameter() == null && !first.quoted() && !second.quoted()
                && part.forms().stream().anyMatch(f -> f.equalsIgnoreCase(first.key() + second.key()));
    }

    private static String joined(List<Token> written, int i) {
        return written.get(i).text() + " " + written.get(i + 1).text();
    }

    private double pair(Token token, Part part) {
        if (part.parameter() != null) {
            if (fits(part, token.text())) {
                return 0;
            }
            return !token.quoted() && fits(part, quote(stripPunctuation(token.text()))) ? NEAR : NO_MATCH;
        }
        if (token.quoted()) {
            return NO_MATCH;
        }
        for (String form : part.forms()) {
            if (form.equalsIgnoreCase(token.key())) {
                return 0;
            }
        }
        for (String form : part.forms()) {
            if (EditDistance.typo(token.key(), form)) {
                return NEAR;
            }
        }
        return NO_MATCH;
    }

    /**
     * Whether the parameter type accepts the text. A long argument is judged by its ends (its quotes, its first and
     * last letters): the types' own expressions may recurse once per letter.
     */
    private boolean fits(Part part, String text) {
        Pattern type = types.get(part.parameter());
        String sample = text.length() <= 2 * SAMPLE ? text : text.substring(0, SAMPLE) + text.substring(text.length() - SAMPLE);
        return type != null && type.matcher(sample).matches();
    }

    /** A part as the suggestion shows it: a parameter with the step's argument, or {@code {name}}; a word in the form nearest the step's. */
    private String show(Part part, String argument) {
        if (part.parameter() != null) {
            if (argument == null) {
                return "{" + part.parameter() + "}" + part.suffix();
            }
            String value = fits(part, argument) ? argument : quote(stripPunctuation(argument));
            return value + part.suffix();
        }
        String form = part.forms().get(0);
        if (argument != null) {
            String key = stripPunctuation(argument).toLowerCase(Locale.ROOT);
            form = part.forms().stream().min(Comparator.comparingInt(f -> EditDistance.between(f, key))).orElse(form);
        }
        return form + part.suffix();
    }

    private static String quote(String word) {
        return "\"" + word + "\"";
    }
}
