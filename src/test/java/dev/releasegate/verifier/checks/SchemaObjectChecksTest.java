package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.EnumType;
import dev.releasegate.verifier.catalog.Extension;
import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaObjectChecksTest {

    private static final QualifiedName USERS = new QualifiedName("public", "users");
    private static final List<Column> COLUMNS = List.of(
            new Column(USERS, "id", 1, "uuid", true, "gen_random_uuid()"),
            new Column(USERS, "email", 2, "character varying(20)", true, null),
            new Column(USERS, "status", 3, "text", false, "'active'::text"),
            new Column(USERS, "created_at", 4, "timestamp with time zone", true, "now()"));

    private static ColumnExpectation column(String name, String type, Boolean nullable, String dflt) {
        return new ColumnExpectation(name, Optional.ofNullable(type), Optional.ofNullable(nullable), Optional.ofNullable(dflt));
    }

    @Test
    void schemaExists() {
        assertThat(SchemaCheck.exists("auth", Set.of("public", "auth"), "production").passed()).isTrue();
        Verdict verdict = SchemaCheck.exists("audit", Set.of("public", "auth", "pg_catalog"), "production");
        assertThat(verdict.message()).startsWith("schema audit in production: 1 problem\n  schema audit: does not exist (schemas: auth, public)");
    }

    @Test
    void columnsMatchWithAliasesDefaultsInAnyCaseAndOptionalCells() {
        Verdict verdict = ColumnCheck.has(USERS, true, List.of(
                column("id", "uuid", false, "GEN_RANDOM_UUID( )"),
                column("email", "varchar(20)", false, "none"),
                column("status", null, true, "'active'"),
                column("created_at", "timestamptz", null, "now()")), COLUMNS, "production");
        assertThat(verdict.passed()).as(verdict.message()).isTrue();
    }

    @Test
    void everyColumnMismatchIsReportedAtOnce() {
        Verdict verdict = ColumnCheck.has(USERS, true, List.of(
                column("id", "integer", true, "now()"),
                column("email", null, null, "''"),
                column("nickname", "text", null, null)), COLUMNS, "production");
        assertThat(verdict.mismatches()).hasSize(3);
        assertThat(verdict.message()).contains(
                "column users.id: type is uuid, expected integer; is not null, expected nullable; default is gen_random_uuid(), expected now()",
                "column users.email: has no default, expected ''",
                "column users.nickname: does not exist (the table has id, email, status, created_at)");
    }

    @Test
    void aMissingTableIsOneProblem() {
        Verdict verdict = ColumnCheck.has(new QualifiedName("public", "people"), false, List.of(column("id", null, null, null)), COLUMNS, "production");
        assertThat(verdict.message()).startsWith("columns of people in production: 1 problem\n  table people: does not exist");
    }

    @Test
    void enumLabelsInOrderPass() {
        List<EnumType> enums = List.of(new EnumType(new QualifiedName("public", "user_role"), List.of("traveler", "vendor", "admin")));
        assertThat(EnumCheck.hasLabels(new QualifiedName("public", "user_role"), List.of("traveler", "vendor", "admin"), enums, "production")
                .passed()).isTrue();
    }

    @Test
    void enumReportsMissingUnexpectedAndOrder() {
        List<EnumType> enums = List.of(new EnumType(new QualifiedName("public", "user_role"), List.of("vendor", "traveler", "guest")));
        Verdict verdict = EnumCheck.hasLabels(new QualifiedName("public", "user_role"), List.of("traveler", "vendor", "admin"), enums, "production");
        assertThat(verdict.message()).startsWith("""
                labels of enum user_role in production: 3 problems
                  enum user_role: label admin is missing
                  enum user_role: label guest is not in the list
                  enum user_role: labels are in the order vendor, traveler, expected traveler, vendor""");
        assertThat(verdict.table().render()).contains("XX differs | 1        | traveler | vendor");
    }

    @Test
    void aMissingEnumNamesTheEnumsOfItsSchema() {
        List<EnumType> enums = List.of(new EnumType(new QualifiedName("public", "trackpay_role"), List.of("provider")));
        assertThat(EnumCheck.hasLabels(new QualifiedName("public", "user_role"), List.of("admin"), enums, "production").message())
                .isEqualTo("labels of enum user_role in production: 1 problem\n  enum user_role: does not exist (enums in public: trackpay_role)");
    }

    @Test
    void extensionsWithSchemaAndVersion() {
        List<Extension> installed = List.of(new Extension("pgcrypto", "extensions", "1.3"), new Extension("plpgsql", "pg_catalog", "1.0"));
        assertThat(ExtensionCheck.installed(List.of(new ExtensionExpectation("pgcrypto", Optional.of("extensions"), Optional.empty())),
                installed, "production").passed()).isTrue();
        Verdict verdict = ExtensionCheck.installed(List.of(
                new ExtensionExpectation("pgcrypto", Optional.of("public"), Optional.of("1.4")),
                new ExtensionExpectation("pg_trgm", Optional.empty(), Optional.empty())), installed, "production");
        assertThat(verdict.message()).startsWith("""
                extensions in production: 2 problems
                  extension pgcrypto: is in schema extensions, expected public; version is 1.3, expected 1.4
                  extension pg_trgm: is not installed (installed: pgcrypto, plpgsql)""");
    }
}
