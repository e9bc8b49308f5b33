package dev.releasegate.verifier.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Type names as format_type prints them, so that a checklist may write the common aliases. */
public final class TypeNames {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("float8", "double precision"), Map.entry("double", "double precision"), Map.entry("float", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("char", "character"), Map.entry("bpchar", "character"),
            Map.entry("decimal", "numeric"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("time", "time without time zone"),
            Map.entry("varbit", "bit varying"));

    private static final Pattern WITH_MODIFIER = Pattern.compile("([a-z0-9_ ]+?)\\s*(\\([^)]*\\))?\\s*((?:\\[])*)");

    private TypeNames() {
    }

    /** "varchar(20)" -> "character varying(20)", "timestamptz" -> "timestamp with time zone", "INT[]" -> "integer[]" */
    public static String canonical(String type) {
        String text = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("\"", "");
        Matcher m = WITH_MODIFIER.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String base = m.group(1).trim();
        String modifier = m.group(2) == null ? "" : m.group(2).replace(" ", "");
        String arrays = m.group(3) == null ? "" : m.group(3);
        String canonical = ALIASES.getOrDefault(base, base);
        if (!modifier.isEmpty() && canonical.startsWith("timestamp ")) {
            return canonical.replace("timestamp ", "timestamp" + modifier + " ") + arrays;
        }
        if (!modifier.isEmpty() && canonical.startsWith("time ")) {
            return canonical.replace("time ", "time" + modifier + " ") + arrays;
        }
        return canonical + modifier + arrays;
    }

    /** Same type, once both names are canonical; a type without schema matches the same type printed with one. */
    public static boolean same(String expected, String actual) {
        String e = canonical(expected);
        String a = canonical(actual);
        return e.equals(a) || a.endsWith("." + e) || e.endsWith("." + a);
    }
}
