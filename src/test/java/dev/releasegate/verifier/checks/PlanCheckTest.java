package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCheckTest {

    private static final String PLAN = """
            [{"Plan": {"Node Type": "Limit", "Plans": [
               {"Node Type": "Hash Join", "Plans": [
                  {"Node Type": "Seq Scan", "Relation Name": "adventures", "Schema": "public", "Alias": "a"},
                  {"Node Type": "Hash", "Plans": [
                     {"Node Type": "Index Scan", "Index Name": "idx_bookings_user_id", "Relation Name": "bookings", "Schema": "public", "Alias": "bookings"}]}]}]},
              "Planning Time": 0.25, "Execution Time": 1.5}]
            """;

    @Test
    void walksTheWholeTree() {
        QueryPlan plan = QueryPlan.parse(PLAN);
        assertThat(plan.outline()).containsExactly("Limit", "Hash Join", "Seq Scan on public.adventures a", "Hash",
                "Index Scan using idx_bookings_user_id on public.bookings");
        assertThat(plan.planningMillis()).contains(0.25);
        assertThat(plan.executionMillis()).contains(1.5);
    }

    @Test
    void indexUsedDeepInTheTreePasses() {
        assertThat(PlanCheck.usesIndex("idx_bookings_user_id", QueryPlan.parse(PLAN), "trvl").passed()).isTrue();
        assertThat(PlanCheck.usesIndex("public.idx_bookings_user_id", QueryPlan.parse(PLAN), "trvl").passed()).isTrue();
    }

    @Test
    void indexNotUsedFails() {
        assertThat(PlanCheck.usesIndex("idx_adventures_category", QueryPlan.parse(PLAN), "trvl").message()).startsWith("""
                query plan in trvl using index idx_adventures_category: 1 problem
                  index idx_adventures_category: is not used by the plan (it uses idx_bookings_user_id); the plan: Limit / Hash Join /\
                 Seq Scan on public.adventures a / Hash / Index Scan using idx_bookings_user_id on public.bookings""");
    }

    @Test
    void sequentialScanFoundDeepInTheTree() {
        assertThat(PlanCheck.noSequentialScan(new QualifiedName("public", "bookings"), QueryPlan.parse(PLAN), "trvl").passed()).isTrue();
        assertThat(PlanCheck.noSequentialScan(new QualifiedName("audit", "adventures"), QueryPlan.parse(PLAN), "trvl").passed()).isTrue();
        assertThat(PlanCheck.noSequentialScan(new QualifiedName("public", "adventures"), QueryPlan.parse(PLAN), "trvl").message())
                .startsWith("""
                        query plan in trvl without a sequential scan on adventures: 1 problem
                          sequential scan on adventures: the plan reads the whole table: Seq Scan on public.adventures a\
                         (check that an index covers the filter, and that the table was ANALYZEd)""");
    }

    @Test
    void medianOfTheRuns() {
        assertThat(PlanCheck.completesUnder(100, List.of(3.0, 250.0, 1.0, 2.0, 4.0), "trvl").passed()).isTrue();
        assertThat(PlanCheck.completesUnder(100, List.of(130.0, 90.0, 120.5, 101.0, 400.0), "trvl").message()).startsWith("""
                query time in trvl under 100 ms: 1 problem
                  the query: took 120.5 ms (median of 5 runs: 130 ms, 90 ms, 120.5 ms, 101 ms, 400 ms), expected under 100 ms""");
    }
}
