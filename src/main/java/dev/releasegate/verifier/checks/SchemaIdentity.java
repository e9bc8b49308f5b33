package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Schema identity: every object of one schema in two databases paired by key, and every difference reported,
 * one line each, grouped by kind. Objects that belong to a missing object (the columns of a missing table)
 * are not reported again. Column order is not compared.
 */
public final class SchemaIdentity {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private static final int EXCERPT = 40;

    private SchemaIdentity() {
    }

    public static Verdict compare(String schema, String left, List<SchemaObject> leftObjects, String right,
                                  List<SchemaObject> rightObjects, List<SchemaIgnore> ignoring) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "schema " + schema + " in " + left + " and " + right,
                List.of("kind", "object", left, right));
        Map<String, SchemaObject> a = index(schema, leftObjects, ignoring);
        Map<String, SchemaObject> b = index(schema, rightObjects, ignoring);
        if (a.isEmpty() && b.isEmpty()) {
            return verdict.problem(Mismatch.missing("schema " + schema, "holds nothing to compare in " + left + " or "
                    + right + (ignoring.isEmpty() ? "" : " (after ignoring " + ignoring + ")"))).build();
        }
        List<Difference> differences = new ArrayList<>();
        Set<String> onlyLeft = new HashSet<>(a.keySet());
        onlyLeft.removeAll(b.keySet());
        Set<String> onlyRight = new HashSet<>(b.keySet());
        onlyRight.removeAll(a.keySet());
        for (String key : onlyLeft) {
            SchemaObject o = a.get(key);
            if (o.parentKey() == null || !onlyLeft.contains(o.parentKey())) {
                differences.add(new Difference(o, Mismatch.missing(o.label(), "in " + left + ", not in " + right),
                        List.of(o.kind(), o.label(), "present", "absent")));
            }
        }
        for (String key : onlyRight) {
            SchemaObject o = b.get(key);
            if (o.parentKey() == null || !onlyRight.contains(o.parentKey())) {
                differences.add(new Difference(o, Mismatch.unexpected(o.label(), "in " + right + ", not in " + left),
                        List.of(o.kind(), o.label(), "absent", "present")));
            }
        }
        Map<String, int[]> counts = new TreeMap<>(kindOrder());
        for (Map.Entry<String, SchemaObject> entry : a.entrySet()) {
            SchemaObject x = entry.getValue();
            counts.computeIfAbsent(x.kind(), k -> new int[1])[0]++;
            SchemaObject y = b.get(entry.getKey());
            if (y == null) {
                continue;
            }
            for (int i = 0; i < x.attributes().size(); i++) {
                SchemaObject.Attribute ax = x.attributes().get(i);
                SchemaObject.Attribute ay = y.attributes().get(i);
                if (!ax.value().equals(ay.value())) {
                    differences.add(new Difference(x, Mismatch.differs(x.label(), describe(ax, ay, left, right)),
                            List.of(x.kind(), x.label() + " (" + ax.label() + ")", cell(ax.value(), ay.value()), cell(ay.value(), ax.value()))));
                }
            }
        }
        differences.sort(Comparator.comparing((Difference d) -> d.object().kind(), kindOrder())
                .thenComparing(d -> d.object().label()));
        for (Difference d : differences) {
            verdict.mismatch(d.mismatch(), d.cells());
        }
        if (differences.isEmpty()) {
            counts.forEach((kind, n) -> verdict.ok(List.of(kind, n[0] + (n[0] == 1 ? " object" : " objects") + " compared", "same", "same")));
        }
        return verdict.build();
    }

    private record Difference(SchemaObject object, Mismatch mismatch, List<String> cells) {
    }

    private static Map<String, SchemaObject> index(String schema, List<SchemaObject> objects, List<SchemaIgnore> ignoring) {
        Map<String, SchemaObject> out = new LinkedHashMap<>();
        for (SchemaObject o : objects) {
            if (o.schema().equals(schema) && ignoring.stream().noneMatch(i -> i.matches(o))) {
                out.put(o.key(), o);
            }
        }
        return out;
    }

    /** "roles differ: staging has authenticated, production has public"; sets name only what one side lacks. */
    static String describe(SchemaObject.Attribute x, SchemaObject.Attribute y, String left, String right) {
        String verb = x.label().endsWith("s") && !x.label().endsWith("ss") ? " differ: " : " differs: ";
        if (x.isSet()) {
            List<String> onlyX = x.members().stream().filter(m -> !y.members().contains(m)).toList();
            List<String> onlyY = y.members().stream().filter(m -> !x.members().contains(m)).toList();
            List<String> parts = new ArrayList<>();
            if (!onlyX.isEmpty()) {
                parts.add("only " + left + " has " + String.join(", ", onlyX));
            }
            if (!onlyY.isEmpty()) {
                parts.add("only " + right + " has " + String.join(", ", onlyY));
            }
            return x.label() + verb + String.join("; ", parts);
        }
        String vx = x.value();
        String vy = y.value();
        if (vx.length() > 2 * EXCERPT || vy.length() > 2 * EXCERPT) {
            int at = 0;
            while (at < vx.length() && at < vy.length() && vx.charAt(at) == vy.charAt(at)) {
                at++;
            }
            return x.label() + verb + "first at character " + (at + 1) + ": " + left + " has " + excerpt(vx, at)
                    + ", " + right + " has " + excerpt(vy, at);
        }
        return x.label() + verb + left + " has " + shown(vx) + ", " + right + " has " + shown(vy);
    }

    /** A table cell: a long value (a function body) shown around its first difference from the other side. */
    private static String cell(String value, String other) {
        if (value.length() <= 2 * EXCERPT) {
            return value;
        }
        int at = 0;
        while (at < value.length() && at < other.length() && value.charAt(at) == other.charAt(at)) {
            at++;
        }
        return excerpt(value, at);
    }

    private static String excerpt(String value, int at) {
        if (at >= value.length()) {
            return "(end)";
        }
        int from = Math.max(0, at - 10);
        int to = Math.min(value.length(), at + EXCERPT);
        return "\"" + (from > 0 ? "..." : "") + value.substring(from, to) + (to < value.length() ? "..." : "") + "\"";
    }

    private static String shown(String value) {
        return value.isEmpty() ? "none" : value;
    }

    private static Comparator<String> kindOrder() {
        return Comparator.comparingInt((String k) -> {
            int i = SchemaKinds.ORDER.indexOf(k);
            return i < 0 ? SchemaKinds.ORDER.size() : i;
        }).thenComparing(k -> k);
    }
}
