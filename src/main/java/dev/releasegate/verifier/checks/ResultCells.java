package dev.releasegate.verifier.checks;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * A checklist cell against a database value, compared the way psql users write them: {@code null} for NULL,
 * booleans as true/false or yes/no, numbers equal whatever their trailing zeros, timestamps in ISO form.
 */
public final class ResultCells {

    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "yes", true, "no", false,
            "t", true, "f", false);

    private ResultCells() {
    }

    /** Whether the expected cell (trimmed; never blank here: blank cells are not checked) matches the value. */
    public static boolean same(String expected, String actual) {
        String want = expected.trim();
        if (actual == null) {
            return want.equalsIgnoreCase("null");
        }
        if (want.equals(actual)) {
            return true;
        }
        if (want.equalsIgnoreCase("null")) {
            return false;
        }
        Boolean wantBool = BOOLEANS.get(want.toLowerCase(Locale.ROOT));
        Boolean actualBool = BOOLEANS.get(actual.toLowerCase(Locale.ROOT));
        if (wantBool != null && actualBool != null) {
            return wantBool.equals(actualBool);
        }
        BigDecimal wantNumber = number(want);
        BigDecimal actualNumber = number(actual);
        if (wantNumber != null && actualNumber != null) {
            return wantNumber.compareTo(actualNumber) == 0;
        }
        OffsetDateTime wantTime = timestamp(want);
        OffsetDateTime actualTime = timestamp(actual);
        if (wantTime != null && actualTime != null) {
            return wantTime.isEqual(actualTime);
        }
        return false;
    }

    /** How a value reads in a report: NULL as null. */
    public static String show(String actual) {
        return actual == null ? "null" : actual;
    }

    /** The value as a number, or null when it is not one (a NaN, a word, a date). */
    static BigDecimal number(String text) {
        if (!text.matches("[+-]?(\\d[\\d_]*)?(\\.\\d+)?([eE][+-]?\\d+)?") || text.isEmpty() || text.equals(".")) {
            return null;
        }
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "2025-10-01 09:00:00+00" (psql) and "2025-10-01T09:00:00Z" (ISO) are one instant. */
    private static OffsetDateTime timestamp(String text) {
        String iso = text.trim().replace(' ', 'T');
        if (iso.matches(".*[+-]\\d\\d$")) {
            iso = iso + ":00";
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
