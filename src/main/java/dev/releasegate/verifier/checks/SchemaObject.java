package dev.releasegate.verifier.checks;

import java.util.List;

/**
 * One object of a schema as schema identity compares it: a kind word ("table", "policy"), a key that pairs it
 * with its counterpart in the other database, the key of the object it belongs to (a column's table), the
 * label a report names it by, the names an {@code ignoring:} pattern is matched against, and its attributes.
 */
public record SchemaObject(String kind, String key, String parentKey, String label, String schema, String name,
                           String owner, List<Attribute> attributes) {

    public SchemaObject {
        attributes = List.copyOf(attributes);
    }

    /**
     * One compared attribute. A plain attribute differs when its text differs; a set attribute (grantees)
     * is compared as a set and reports only the members one side has and the other lacks.
     */
    public record Attribute(String label, String value, List<String> members) {

        public static Attribute plain(String label, String value) {
            return new Attribute(label, value == null ? "" : value, null);
        }

        public static Attribute set(String label, List<String> members) {
            List<String> sorted = members.stream().distinct().sorted().toList();
            return new Attribute(label, String.join(", ", sorted), sorted);
        }

        public boolean isSet() {
            return members != null;
        }
    }
}
