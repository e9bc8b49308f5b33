package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.vocabulary.EditDistance;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.project.AuthConfig;
import dev.releasegate.verifier.project.AuthSetting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A project's auth settings (site URL, redirect URLs, SMTP sender, ...) by the field names of the Management API's
 * {@code /config/auth}. Text compares exactly, booleans as true/false or yes/no, numbers by value, {@code null} for a
 * setting that is not set. Secret fields are refused: the API returns only their digests, and a checklist holds none.
 */
public final class AuthSettingCheck {

    /** Auth pointing at the wrong domain sends users' links and tokens there: a security finding. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private static final List<String> HEADER = List.of("auth setting", "value", "expected");
    private static final List<String> TRUE = List.of("true", "yes");
    private static final List<String> FALSE = List.of("false", "no");

    private AuthSettingCheck() {
    }

    public static Verdict is(String name, String expected, AuthConfig config, String project) {
        AuthSetting setting = find(name, config, project);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "auth setting " + name + " of " + project, HEADER);
        List<String> cells = List.of(name, setting.shown(), expected);
        if (same(setting, expected)) {
            return verdict.ok(cells).build();
        }
        String hint = setting.kind() == AuthSetting.Kind.TEXT && strip(setting.text()).equals(strip(expected))
                ? " (they differ only by a trailing slash)" : "";
        return verdict.mismatch(Mismatch.differs("auth setting " + name, "is " + describe(setting) + ", expected " + expected + hint), cells)
                .build();
    }

    /** The setting is a comma-separated list (uri_allow_list) with this entry, written exactly. */
    public static Verdict contains(String name, String entry, AuthConfig config, String project) {
        AuthSetting setting = list(name, config, project);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "auth setting " + name + " of " + project,
                List.of("auth setting", "entries", "expected entry"));
        List<String> cells = List.of(name, String.join(", ", setting.entries()), entry);
        if (setting.entries().contains(entry)) {
            return verdict.ok(cells).build();
        }
        return verdict.mismatch(Mismatch.missing("auth setting " + name, "does not contain " + entry + " ("
                + (setting.entries().isEmpty() ? "it is empty" : "it has " + String.join(", ", setting.entries())) + ")"), cells).build();
    }

    /** The setting is a comma-separated list without this entry (a staging or localhost URL left in production). */
    public static Verdict doesNotContain(String name, String entry, AuthConfig config, String project) {
        AuthSetting setting = list(name, config, project);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "auth setting " + name + " of " + project,
                List.of("auth setting", "entries", "entry that must be absent"));
        List<String> cells = List.of(name, String.join(", ", setting.entries()), entry);
        if (!setting.entries().contains(entry)) {
            return verdict.ok(cells).build();
        }
        return verdict.mismatch(Mismatch.unexpected("auth setting " + name, "contains " + entry + ", expected it absent"), cells).build();
    }

    private static boolean same(AuthSetting setting, String expected) {
        String word = expected.trim().toLowerCase(Locale.ROOT);
        return switch (setting.kind()) {
            case NULL -> word.equals("null");
            case BOOLEAN -> {
                if (!TRUE.contains(word) && !FALSE.contains(word)) {
                    throw new ChecklistBroken("auth setting " + setting.name() + " is true or false, not text: write \"true\" or \"false\""
                            + " (or yes/no), not \"" + expected + "\"");
                }
                yield TRUE.contains(word) == Boolean.parseBoolean(setting.text());
            }
            case NUMBER -> number(setting, expected).compareTo(new BigDecimal(setting.text())) == 0;
            default -> setting.text().equals(expected);
        };
    }

    private static BigDecimal number(AuthSetting setting, String expected) {
        try {
            return new BigDecimal(expected.trim());
        } catch (NumberFormatException e) {
            throw new ChecklistBroken("auth setting " + setting.name() + " is a number: write e.g. \"" + setting.text() + "\", not \""
                    + expected + "\"");
        }
    }

    private static AuthSetting list(String name, AuthConfig config, String project) {
        AuthSetting setting = find(name, config, project);
        if (setting.kind() != AuthSetting.Kind.TEXT && setting.kind() != AuthSetting.Kind.NULL) {
            throw new ChecklistBroken("auth setting " + name + " of " + project + " is " + describe(setting) + ", not a list of entries:"
                    + " write the auth setting \"" + name + "\" is \"...\"");
        }
        return setting;
    }

    private static AuthSetting find(String name, AuthConfig config, String project) {
        if (AuthSetting.secretName(name)) {
            throw secret(name);
        }
        AuthSetting setting = config.get(name).orElseThrow(() -> new ChecklistBroken("project " + project + " has no auth setting '" + name
                + "' (names are the fields of the Management API's /config/auth, such as site_url, uri_allow_list, smtp_admin_email"
                + similar(name, config) + ")"));
        if (setting.kind() == AuthSetting.Kind.SECRET) {
            throw secret(name);
        }
        return setting;
    }

    private static ChecklistBroken secret(String name) {
        return new ChecklistBroken("auth setting " + name + " holds a secret: the Management API returns only its digest, and the verifier"
                + " neither shows nor compares secrets; check the settings around it instead (a host, a user, an enabled flag)");
    }

    private static String similar(String name, AuthConfig config) {
        String wanted = name.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        List<String> close = new ArrayList<>();
        for (String candidate : config.names()) {
            if (close.size() < 5 && !AuthSetting.secretName(candidate)
                    && (candidate.equals(wanted) || candidate.contains(wanted) || wanted.contains(candidate) || EditDistance.between(candidate, wanted) <= 3)) {
                close.add(candidate);
            }
        }
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }

    private static String describe(AuthSetting setting) {
        return switch (setting.kind()) {
            case NULL -> "null (not set)";
            case TEXT -> setting.text().isEmpty() ? "empty" : setting.text();
            default -> setting.shown();
        };
    }

    private static String strip(String text) {
        return text.trim().replaceAll("/+$", "");
    }
}
