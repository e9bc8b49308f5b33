package dev.releasegate.verifier.rows;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.QualifiedName;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowShapeTest {

    private static final QualifiedName T = new QualifiedName("public", "t");

    private static Column column(String name, String type) {
        return new Column(T, name, 1, type, true, null);
    }

    @Test
    void aSingleNativeKeyIsComparedAsItselfSoItsIndexServesRanges() {
        RowShape shape = new RowShape(T, List.of(column("id", "bigint")), List.of(column("id", "bigint"), column("v", "text")));
        assertThat(shape.nativeOrder()).isTrue();
        assertThat(shape.order()).isEqualTo("\"id\"");
        assertThat(shape.orderType()).isEqualTo("bigint");
        assertThat(shape.rowText()).isEqualTo("row(\"id\", \"v\")::text");
    }

    @Test
    void textAndCompositeKeysAreOrderedByteByByteWhateverEitherServersCollation() {
        RowShape text = new RowShape(T, List.of(column("code", "text")), List.of(column("code", "text")));
        assertThat(text.order()).isEqualTo("(\"code\"::text) collate \"C\"");
        RowShape composite = new RowShape(T, List.of(column("tenant", "integer"), column("amount", "numeric")), List.of());
        assertThat(composite.order()).isEqualTo("(row(\"tenant\", trim_scale(\"amount\"))::text) collate \"C\"");
        assertThat(composite.orderType()).isEqualTo("text");
    }

    @Test
    void aKeysOnlyShapeHashesItsKeyAloneAndFallsBackToTextWhenTheTypesDiffer() {
        RowShape shape = new RowShape(T, List.of(column("id", "integer")), List.of(column("id", "integer"), column("v", "text")));
        RowShape keys = shape.keysOnly(List.of(column("id", "integer"), column("w", "text")));
        assertThat(keys.columnNames()).isEmpty();
        assertThat(keys.integerKey()).isTrue();
        assertThat(keys.rowHash()).isEqualTo("hashint8extended(\"id\"::bigint, 0)");
        assertThat(shape.rowHash()).isEqualTo("hashtextextended(row(\"id\", \"v\")::text, 0)");
        // integer before, bigint after: both sides order and hash the key's text
        RowShape widened = shape.keysOnly(List.of(column("id", "bigint")));
        assertThat(widened.nativeOrder()).isFalse();
        assertThat(widened.order()).isEqualTo("(\"id\"::text) collate \"C\"");
        assertThat(widened.rowHash()).isEqualTo("hashtextextended(\"id\"::text, 0)");
        RowShape uuid = new RowShape(T, List.of(column("id", "uuid")), List.of(column("id", "uuid"))).keysOnly(List.of(column("id", "uuid")));
        assertThat(uuid.rowHash()).isEqualTo("uuid_hash_extended(\"id\", 0)");
    }

    @Test
    void boundariesTravelAsOneArrayLiteral() {
        assertThat(RowComparison.arrayLiteral(List.of("a", "b\"c", "d\\e"))).isEqualTo("{\"a\",\"b\\\"c\",\"d\\\\e\"}");
    }
}
