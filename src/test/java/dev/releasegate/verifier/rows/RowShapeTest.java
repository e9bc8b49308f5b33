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
    void quotedKeyColumnsFromTheIndexDefinitionAreUnquoted() {
        assertThat(RowShape.unquote("\"Order \"\"Id\"\"\"")).isEqualTo("Order \"Id\"");
        assertThat(RowShape.unquote("id")).isEqualTo("id");
    }

    @Test
    void boundariesTravelAsOneArrayLiteral() {
        assertThat(RowComparison.arrayLiteral(List.of("a", "b\"c", "d\\e"))).isEqualTo("{\"a\",\"b\\\"c\",\"d\\\\e\"}");
    }
}
