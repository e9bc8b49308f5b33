package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands {@code ${NAME}} from system properties or the environment, and marks every value it inserts as a secret. */
public final class EnvironmentValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.\\-]*)}");

    private final UnaryOperator<String> lookup;
    private final SecretMask mask;

    public EnvironmentValues(UnaryOperator<String> lookup, SecretMask mask) {
        this.lookup = lookup;
        this.mask = mask;
    }

    public static EnvironmentValues ofProcess(SecretMask mask) {
        Map<String, String> env = System.getenv();
        return new EnvironmentValues(name -> {
            String property = System.getProperty(name);
            return property != null ? property : env.get(name);
        }, mask);
    }

    /** Returns the text with every placeholder replaced; an unknown name is an error, never an empty string. */
    public String expand(String text) {
        if (text == null || !text.contains("${")) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = lookup.apply(name);
            if (value == null) {
                throw new UnknownEnvironmentValue(name);
            }
            mask.register(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A {@code ${NAME}} that is neither a system property nor an environment variable. */
    public static final class UnknownEnvironmentValue extends ChecklistBroken {
        UnknownEnvironmentValue(String name) {
            super("${" + name + "} is not set: export " + name + "=... or pass -D" + name + "=... to the run", true);
        }
    }
}
