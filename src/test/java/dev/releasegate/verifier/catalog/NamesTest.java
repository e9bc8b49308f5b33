package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamesTest {

    @Test
    void qualifiedNames() {
        assertThat(QualifiedName.parse("trackpay_users", "public")).isEqualTo(new QualifiedName("public", "trackpay_users"));
        assertThat(QualifiedName.parse("auth.users", "public")).isEqualTo(new QualifiedName("auth", "users"));
        assertThat(QualifiedName.parse("\"my.schema\".\"Odd \"\"Name\"\"\"", "public")).isEqualTo(new QualifiedName("my.schema", "Odd \"Name\""));
        assertThat(new QualifiedName("public", "t").toString()).isEqualTo("t");
        assertThat(new QualifiedName("audit", "t").toString()).isEqualTo("audit.t");
    }

    @Test
    void likePatterns() {
        NamePattern pattern = NamePattern.parse("trackpay_%", "public");
        assertThat(pattern.matches(new QualifiedName("public", "trackpay_users"))).isTrue();
        assertThat(pattern.matches(new QualifiedName("public", "trackpayXusers"))).isTrue(); // _ is one character, as in SQL
        assertThat(pattern.matches(new QualifiedName("audit", "trackpay_users"))).isFalse();
        assertThat(NamePattern.parse("trackpay\\_%", "public").matches(new QualifiedName("public", "trackpayXusers"))).isFalse();
        assertThat(NamePattern.parse("audit.%", "public").matches(new QualifiedName("audit", "log"))).isTrue();
    }

    @Test
    void typeAliases() {
        assertThat(TypeNames.canonical("int")).isEqualTo("integer");
        assertThat(TypeNames.canonical("varchar(20)")).isEqualTo("character varying(20)");
        assertThat(TypeNames.canonical("timestamptz")).isEqualTo("timestamp with time zone");
        assertThat(TypeNames.canonical("timestamptz(3)")).isEqualTo("timestamp(3) with time zone");
        assertThat(TypeNames.canonical("BOOL[]")).isEqualTo("boolean[]");
        assertThat(TypeNames.same("numeric(12, 2)", "numeric(12,2)")).isTrue();
    }

    @Test
    void functionSignatures() {
        Function f = new Function(1, new QualifiedName("public", "delete_client_relationship_safely"), List.of("uuid"),
                "p_client_id uuid", "void", "plpgsql", true, List.of("search_path=public"), "", "f");
        assertThat(FunctionSignature.parse("delete_client_relationship_safely(uuid)", "public").matches(f)).isTrue();
        assertThat(FunctionSignature.parse("delete_client_relationship_safely(p_client_id uuid)", "public").matches(f)).isTrue();
        assertThat(FunctionSignature.parse("delete_client_relationship_safely", "public").matches(f)).isTrue();
        assertThat(FunctionSignature.parse("delete_client_relationship_safely(text)", "public").matches(f)).isFalse();
        assertThat(FunctionSignature.parse("public.f(int, varchar(3))", "x").argumentTypes()).isEqualTo(Optional.of(List.of("int", "varchar(3)")));
        assertThat(f.searchPath()).contains("public");
        assertThatThrownBy(() -> FunctionSignature.parse("f(uuid", "public")).isInstanceOf(ChecklistBroken.class);
    }

    @Test
    void fixedWordsListTheAcceptedOnes() {
        assertThat(ForeignKeyRule.fromWords("set  null")).isEqualTo(ForeignKeyRule.SET_NULL);
        assertThatThrownBy(() -> ForeignKeyRule.fromWords("CASCADES")).hasMessage(
                "unknown foreign key rule 'CASCADES': use one of RESTRICT, CASCADE, SET NULL, SET DEFAULT, NO ACTION");
        assertThatThrownBy(() -> PolicyCommand.fromWord("REMOVE")).hasMessage(
                "unknown policy command 'REMOVE': use one of SELECT, INSERT, UPDATE, DELETE, ALL");
    }

    @Test
    void primaryKeyColumnsPrintedQuotedAreNames() {
        assertThat(CatalogSnapshot.unquoted("\"Order \"\"Id\"\"\"")).isEqualTo("Order \"Id\"");
        assertThat(CatalogSnapshot.unquoted("id")).isEqualTo("id");
    }
}
