package dev.releasegate.verifier.rows;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.SqlIdentifier;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one table's rows are keyed and hashed in SQL, identically on both sides of a comparison: the primary key
 * in an order that does not depend on either server's collation, and the row as text over a fixed column list.
 */
public record RowShape(QualifiedName table, List<Column> key, List<Column> columns) {

    /** Types whose order is the same on every server whatever its collation; a single such key keeps its index usable. */
    private static final Set<String> NATIVE_ORDER = Set.of("smallint", "integer", "bigint", "uuid", "date", "oid", "real",
            "double precision", "boolean");

    public RowShape {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
    }

    /** Builds the shape from a catalog snapshot; empty when the table has no primary key. */
    public static java.util.Optional<RowShape> of(CatalogSnapshot catalog, QualifiedName table) {
        List<Column> columns = catalog.columnsOf(table);
        List<String> primaryKey = catalog.primaryKey(table);
        return primaryKey.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(primaryKey).map(pk -> {
            List<Column> key = pk.stream()
                    .map(name -> columns.stream().filter(c -> c.name().equals(name)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("primary key column " + name + " of " + table + " not in the catalog")))
                    .toList();
            return new RowShape(table, key, columns);
        });
    }

    /**
     * The shape of the keys alone, for "still in": no columns, so hashing a row hashes its key. When the key's types
     * differ between the two databases (integer before, bigint after), the keys are ordered and compared as text, which
     * both sides print the same way.
     */
    public RowShape keysOnly(List<Column> otherSideColumns) {
        boolean sameTypes = key.stream().allMatch(k -> otherSideColumns.stream()
                .anyMatch(c -> c.name().equals(k.name()) && c.type().equals(k.type())));
        List<Column> keys = sameTypes ? key
                : key.stream().map(c -> new Column(c.table(), c.name(), c.position(), "text", c.notNull(), c.defaultExpression())).toList();
        return new RowShape(table, keys, List.of());
    }

    public String from() {
        return SqlIdentifier.quote(table.schema(), table.name());
    }

    /** Whether the key is one column compared natively, so key ranges can use the primary key's index. */
    public boolean nativeOrder() {
        return key.size() == 1 && isNative(key.get(0).type());
    }

    private static boolean isNative(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return NATIVE_ORDER.contains(t) || t.startsWith("numeric") || t.startsWith("timestamp");
    }

    /** Whether the key is one integer column, whose ranges can be cut by arithmetic. */
    public boolean integerKey() {
        return key.size() == 1 && Set.of("smallint", "integer", "bigint").contains(key.get(0).type().toLowerCase(Locale.ROOT));
    }

    /**
     * The 64-bit hash of a row, the same on both sides. A keys-only shape of an integer or uuid key hashes it with its
     * type's own hash function, far cheaper than hashing its text; anything else hashes the row's text.
     */
    public String rowHash() {
        if (columns.isEmpty() && integerKey()) {
            return "hashint8extended(" + SqlIdentifier.quote(key.get(0).name()) + "::bigint, 0)";
        }
        if (columns.isEmpty() && key.size() == 1 && key.get(0).type().equalsIgnoreCase("uuid")) {
            return "uuid_hash_extended(" + SqlIdentifier.quote(key.get(0).name()) + ", 0)";
        }
        return "hashtextextended(" + rowText() + ", 0)";
    }

    /**
     * The expression rows are ordered and bucketed by. A single key of a natively ordered type is itself; anything
     * else (text, varchar, composite keys) is compared as its text under the "C" collation, byte by byte, so that two
     * servers with different default collations still agree on which key lies in which range.
     */
    public String order() {
        if (nativeOrder()) {
            return SqlIdentifier.quote(key.get(0).name());
        }
        return "(" + keyText() + ") collate \"C\"";
    }

    /** The SQL type bucket boundaries are cast to. */
    public String orderType() {
        return nativeOrder() ? key.get(0).type() : "text";
    }

    /** The key as the report shows it: the value, or (a,b) for a composite key; numerics without trailing zeros. */
    public String keyText() {
        if (key.size() == 1) {
            return normalised(key.get(0)) + "::text";
        }
        return "row(" + key.stream().map(RowShape::normalised).collect(Collectors.joining(", ")) + ")::text";
    }

    /**
     * The row as text over the source's columns in a fixed order: a changed value anywhere changes it, NULL and '' differ.
     * A keys-only shape (no columns) hashes its key alone.
     */
    public String rowText() {
        if (columns.isEmpty()) {
            return keyText();
        }
        return "row(" + columns.stream().map(c -> SqlIdentifier.quote(c.name())).collect(Collectors.joining(", ")) + ")::text";
    }

    private static String normalised(Column column) {
        String quoted = SqlIdentifier.quote(column.name());
        // 1.0 and 1.00 are one key to a numeric primary key, so they must be one key here
        return column.type().startsWith("numeric") ? "trim_scale(" + quoted + ")" : quoted;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
