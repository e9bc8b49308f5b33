package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.UnknownWord;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code ignoring:} row of schema identity: a kind word and a SQL LIKE pattern on the object's name
 * (or {@code table.name} for what hangs off a table). Ignoring a table also ignores what is on it.
 */
public record SchemaIgnore(String kind, String like, Pattern regex) {

    public static SchemaIgnore of(String kind, String like) {
        String word = kind.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!SchemaKinds.ORDER.contains(word)) {
            throw new UnknownWord("kind of schema object", kind.trim(), SchemaKinds.ORDER);
        }
        return new SchemaIgnore(word, like.trim(), likeRegex(like.trim()));
    }

    public boolean matches(SchemaObject object) {
        Pattern pattern = like.startsWith(object.schema() + ".") ? likeRegex(like.substring(object.schema().length() + 1)) : regex;
        if (kind.equals(object.kind()) && (pattern.matcher(object.name()).matches()
                || object.owner() != null && pattern.matcher(object.owner() + "." + object.name()).matches())) {
            return true;
        }
        boolean relationKind = List.of("table", "view", "materialized view", "foreign table").contains(kind);
        return relationKind && object.owner() != null && pattern.matcher(object.owner()).matches();
    }

    static Pattern likeRegex(String like) {
        return dev.releasegate.verifier.catalog.NamePattern.toRegex(like);
    }

    @Override
    public String toString() {
        return kind + " " + like;
    }
}
