package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * How one kind of catalog record takes part in schema identity: its kind word, identity (schema, name, the
 * table it hangs off), the label a report names it by, and the attributes that must agree. Adding a kind to
 * the comparison is one of these, declared in {@link SchemaKinds}.
 */
public final class SchemaObjectKind<T> {

    private final Function<T, String> kind;
    private final Function<T, QualifiedName> name;
    private final Function<T, String> label;
    private Function<T, String> key;
    private Function<T, String> parentKey = t -> null;
    private Function<T, String> owner = t -> null;
    private final List<Function<T, SchemaObject.Attribute>> attributes = new ArrayList<>();

    private SchemaObjectKind(Function<T, String> kind, Function<T, QualifiedName> name, Function<T, String> label) {
        this.kind = kind;
        this.name = name;
        this.label = label;
        this.key = label;
    }

    /** A kind whose objects are all named by the same kind word. */
    public static <T> SchemaObjectKind<T> of(String kind, Function<T, QualifiedName> name, Function<T, String> label) {
        return new SchemaObjectKind<>(t -> kind, name, label);
    }

    /** A kind whose kind word depends on the record (a relation is a table, a view, ...). */
    public static <T> SchemaObjectKind<T> ofEach(Function<T, String> kind, Function<T, QualifiedName> name, Function<T, String> label) {
        return new SchemaObjectKind<>(kind, name, label);
    }

    /** What pairs an object with its counterpart, when the label alone does not (default: the label). */
    public SchemaObjectKind<T> key(Function<T, String> key) {
        this.key = key;
        return this;
    }

    /** The key of the object this one belongs to: when that one is missing, this one is not reported again. */
    public SchemaObjectKind<T> partOf(Function<T, String> parentKey) {
        this.parentKey = parentKey;
        return this;
    }

    /** The table (or view) this object hangs off, so that ignoring a table ignores what is on it. */
    public SchemaObjectKind<T> on(Function<T, QualifiedName> table) {
        this.owner = t -> table.apply(t).name();
        return this;
    }

    public SchemaObjectKind<T> compare(String attribute, Function<T, String> value) {
        attributes.add(t -> SchemaObject.Attribute.plain(attribute, value.apply(t)));
        return this;
    }

    public SchemaObjectKind<T> compareSet(String attribute, Function<T, List<String>> members) {
        attributes.add(t -> SchemaObject.Attribute.set(attribute, members.apply(t)));
        return this;
    }

    public List<SchemaObject> describe(Collection<? extends T> records) {
        List<SchemaObject> out = new ArrayList<>(records.size());
        for (T record : records) {
            QualifiedName qualified = name.apply(record);
            String kindWord = kind.apply(record);
            List<SchemaObject.Attribute> values = new ArrayList<>(attributes.size());
            for (Function<T, SchemaObject.Attribute> attribute : attributes) {
                values.add(attribute.apply(record));
            }
            out.add(new SchemaObject(kindWord, key.apply(record), parentKey.apply(record),
                    label.apply(record), qualified.schema(), qualified.name(), owner.apply(record), values));
        }
        return out;
    }
}
