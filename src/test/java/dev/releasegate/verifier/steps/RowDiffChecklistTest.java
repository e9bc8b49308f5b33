package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Identical rows: passes on copies (text keys under different collations included), fails naming every difference. */
class RowDiffChecklistTest {

    private static final String FEATURE = "checklists/rowdiff/identical.feature";
    private static String source;
    private static String copy;
    private static String changed;

    @BeforeAll
    static void databases() {
        source = Checklists.database("rd_source", "sql/rowdiff/tables.sql", "sql/rowdiff/rows.sql");
        copy = Checklists.database("rd_copy", "sql/rowdiff/tables-other-collation.sql", "sql/rowdiff/rows.sql");
        changed = Checklists.database("rd_changed", "sql/rowdiff/tables-other-collation.sql", "sql/rowdiff/rows.sql",
                "sql/rowdiff/changes.sql");
    }

    @Test
    void theCopySortsItsTextKeysDifferently() throws Exception {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(copy);
             java.sql.ResultSet rs = connection.createStatement().executeQuery(
                     "select c.collname, (select string_agg(code, ' ' order by code) = string_agg(code, ' ' order by code collate \"C\")"
                             + " from rd_text) from pg_attribute a"
                             + " join pg_collation c on c.oid = a.attcollation where a.attrelid = 'rd_bigtext'::regclass and a.attname = 'code'")) {
            rs.next();
            // the copy's text keys do not sort byte by byte, so a comparison that trusted either side's order would fail
            assertThat(rs.getString(1)).isNotEqualTo("C");
            if (rs.getString(1).endsWith("-icu")) {
                assertThat(rs.getBoolean(2)).isFalse();
            }
        }
    }

    @Test
    void passesOnACopyWhoseTextKeysSortDifferently() {
        Checklists.Outcome outcome = Checklists.run(Map.of("source", source, "target", copy), FEATURE);
        assertThat(outcome.failed()).extracting(Checklists.ScenarioOutcome::name)
                .containsExactlyInAnyOrder("A table without a primary key", "A pattern that matches nothing");
        assertThat(outcome.scenario("A table without a primary key").message()).contains(
                "table nopk_things: has no primary key in source, so its rows cannot be compared one to one");
        assertThat(outcome.scenario("A pattern that matches nothing").message()).contains(
                "tables every table matching nothing_%: none found in either database, so nothing was compared");
    }

    @Test
    void failsNamingEveryDifferenceByKey() {
        Checklists.Outcome outcome = Checklists.run(Map.of("source", source, "target", changed), FEATURE);
        assertThat(outcome.scenario("Text keys, under different collations on each side").message())
                .contains("table rd_text: 1 row of source missing in target (key B)")
                .contains("table rd_text: 1 row in target not in source (key c)")
                .contains("table rd_text: 1 row changed (key a)");
        assertThat(outcome.scenario("Uuid keys").message())
                .contains("table rd_uuid: 1 row changed (key 00000000-0000-4000-8000-000000000001)");
        assertThat(outcome.scenario("Composite keys").message())
                .contains("table rd_composite: 1 row of source missing in target (key (2,é))")
                .contains("table rd_composite: 1 row changed (key (1,B))");
        assertThat(outcome.scenario("Numeric keys").message()).contains("table rd_numeric: 1 row changed (key 1.5)");
        assertThat(outcome.scenario("NULLs and empty strings").message()).contains("table rd_nulls: 2 rows changed (keys 2, 4)");
        assertThat(outcome.scenario("Many rows, bigint keys").message())
                .contains("table rd_big: 2 rows of source missing in target (keys 17, 29999)")
                .contains("table rd_big: 6000 rows in target not in source (first 20 keys: 30001, 30002,")
                .contains("table rd_big: 1 row changed (key 15000)");
        assertThat(outcome.scenario("Many rows, text keys under different collations").message())
                .contains("table rd_bigtext: 1 row changed (key K7B)")
                .doesNotContain("of source missing").doesNotContain("not in source");
        assertThat(outcome.scenario("Every table of a pattern").message())
                .contains("table rd_big: 6000 rows in target not in source")
                .contains("table rd_nulls: 2 rows changed (keys 2, 4)")
                .contains("table rd_Mixed \"Case\": 1 row changed (key 2)");
    }
}
