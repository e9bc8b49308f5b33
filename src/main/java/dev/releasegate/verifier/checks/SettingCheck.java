package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.vocabulary.EditDistance;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.ServerSetting;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server settings have a value, or at least a number. Numbers are compared in the unit PostgreSQL reports
 * (pg_settings.unit: 8kB blocks, ms, ...) unless the checklist writes its own unit (128MB, 5s), in which case
 * both sides are converted.
 */
public final class SettingCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private static final List<String> HEADER = List.of("setting", "value", "expected");
    private static final Pattern NUMBER = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*([A-Za-z]+)?\\s*");
    private static final Pattern UNIT = Pattern.compile("(\\d*)\\s*([A-Za-z]+)");
    private static final BigDecimal K = BigDecimal.valueOf(1024);
    private static final Map<String, BigDecimal> BYTES = Map.of("b", BigDecimal.ONE, "kb", K, "mb", K.pow(2), "gb", K.pow(3), "tb", K.pow(4));
    private static final Map<String, BigDecimal> MILLIS = Map.of("us", new BigDecimal("0.001"), "ms", BigDecimal.ONE,
            "s", BigDecimal.valueOf(1000), "min", BigDecimal.valueOf(60_000), "h", BigDecimal.valueOf(3_600_000), "d", BigDecimal.valueOf(86_400_000));
    private static final List<String> TRUE = List.of("on", "true", "yes", "1");
    private static final List<String> FALSE = List.of("off", "false", "no", "0");

    private SettingCheck() {
    }

    public static Verdict is(String name, String expected, Collection<ServerSetting> settings, String database) {
        ServerSetting setting = find(name, settings, database);
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "setting " + name + " in " + database, HEADER);
        List<String> cells = List.of(name, describe(setting), expected);
        boolean same;
        if (setting.numeric() && NUMBER.matcher(expected).matches()) {
            same = amount(setting).compareTo(amount(expected, setting)) == 0;
        } else if ("bool".equals(setting.type())) {
            same = bool(setting.setting()).equals(bool(expected.trim()));
        } else if ("string".equals(setting.type())) {
            same = expected.trim().equals(setting.setting()) || expected.trim().equals(setting.shown());
        } else {
            same = expected.trim().equalsIgnoreCase(setting.setting()) || expected.trim().equalsIgnoreCase(setting.shown());
        }
        if (same) {
            return verdict.ok(cells).build();
        }
        return verdict.mismatch(Mismatch.differs("setting " + name, "is " + describe(setting) + ", expected " + expected), cells).build();
    }

    public static Verdict atLeast(String name, String minimum, Collection<ServerSetting> settings, String database) {
        ServerSetting setting = find(name, settings, database);
        if (!setting.numeric()) {
            throw new ChecklistBroken("setting " + name + " in " + database + " is not a number (it is " + describe(setting)
                    + "): write the setting \"" + name + "\" is \"" + setting.shown() + "\"");
        }
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "setting " + name + " in " + database, HEADER);
        List<String> cells = List.of(name, describe(setting), "at least " + minimum);
        if (amount(setting).compareTo(amount(minimum, setting)) >= 0) {
            return verdict.ok(cells).build();
        }
        return verdict.mismatch(Mismatch.differs("setting " + name, "is " + describe(setting) + ", expected at least " + minimum), cells)
                .build();
    }

    private static ServerSetting find(String name, Collection<ServerSetting> settings, String database) {
        Optional<ServerSetting> found = settings.stream().filter(s -> s.name().equalsIgnoreCase(name.trim())).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        List<String> similar = settings.stream().map(ServerSetting::name)
                .filter(n -> EditDistance.between(n, name.toLowerCase(Locale.ROOT)) <= 3 || n.contains(name.toLowerCase(Locale.ROOT))).limit(5).toList();
        throw new ChecklistBroken("there is no setting '" + name + "' in " + database + " (names are those of pg_settings and SHOW"
                + (similar.isEmpty() ? "" : "; did you mean " + String.join(", ", similar) + "?") + ")");
    }

    /** "128MB" as SHOW prints it, with the raw value and unit when they differ: "128MB (16384 x 8kB)". */
    static String describe(ServerSetting setting) {
        String raw = setting.unit() == null ? setting.setting() : setting.setting() + " x " + setting.unit();
        if (setting.shown() == null || setting.shown().equals(setting.setting())) {
            return setting.setting();
        }
        return setting.shown() + " (" + raw + ")";
    }

    private static BigDecimal amount(ServerSetting setting) {
        return new BigDecimal(setting.setting()).multiply(unitFactor(setting.unit()).orElse(BigDecimal.ONE));
    }

    /** A number as the checklist writes it, in the setting's own unit unless it names one. */
    private static BigDecimal amount(String text, ServerSetting setting) {
        Matcher m = NUMBER.matcher(text.replace("\"", ""));
        if (!m.matches()) {
            throw new ChecklistBroken("'" + text + "' is not a number for setting " + setting.name() + ": write e.g. " + setting.setting()
                    + (setting.unit() == null ? "" : " (in " + setting.unit() + ") or " + setting.shown()));
        }
        BigDecimal number = new BigDecimal(m.group(1));
        if (m.group(2) == null) {
            return number.multiply(unitFactor(setting.unit()).orElse(BigDecimal.ONE));
        }
        Map<String, BigDecimal> dimension = dimension(setting.unit()).orElseThrow(() -> new ChecklistBroken(
                "setting " + setting.name() + " has no unit: write a plain number, not " + text.trim()));
        BigDecimal factor = dimension.get(m.group(2).toLowerCase(Locale.ROOT));
        if (factor == null) {
            throw new ChecklistBroken("unknown unit '" + m.group(2) + "' for setting " + setting.name() + ": use one of "
                    + String.join(", ", dimension == BYTES ? List.of("B", "kB", "MB", "GB", "TB") : List.of("us", "ms", "s", "min", "h", "d")));
        }
        return number.multiply(factor);
    }

    private static Optional<BigDecimal> unitFactor(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        Matcher m = UNIT.matcher(unit.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal multiple = m.group(1).isEmpty() ? BigDecimal.ONE : new BigDecimal(m.group(1));
        return dimension(unit).map(d -> d.get(m.group(2).toLowerCase(Locale.ROOT))).map(multiple::multiply);
    }

    private static Optional<Map<String, BigDecimal>> dimension(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String base = unit.replaceAll("^\\d+", "").toLowerCase(Locale.ROOT);
        return BYTES.containsKey(base) ? Optional.of(BYTES) : MILLIS.containsKey(base) ? Optional.of(MILLIS) : Optional.empty();
    }

    private static String bool(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return TRUE.contains(lower) ? "on" : FALSE.contains(lower) ? "off" : lower;
    }
}
