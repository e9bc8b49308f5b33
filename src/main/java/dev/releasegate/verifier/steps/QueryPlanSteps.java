package dev.releasegate.verifier.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.PlanCheck;
import dev.releasegate.verifier.checks.QueryPlan;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.RoleProbe;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.List;

/** Query plans of the last {@code When I query}: indexes used, sequential scans, and how long it takes. */
public final class QueryPlanSteps {

    /** Runs timed after the warm-up; the verdict is their median. */
    static final int TIMED_RUNS = 5;

    private final ScenarioContext context;
    private final LastQuery lastQuery;

    public QueryPlanSteps(ScenarioContext context, LastQuery lastQuery) {
        this.context = context;
        this.lastQuery = lastQuery;
    }

    @Then("the query plan uses the index {text}")
    public void usesIndex(String index) {
        LastQuery.Ran ran = lastQuery.required();
        context.report(PlanCheck.usesIndex(index, plan(ran), ran.database().name()));
    }

    @Then("the query plan has no sequential scan on {name}")
    public void noSequentialScan(QualifiedName table) {
        LastQuery.Ran ran = lastQuery.required();
        context.report(PlanCheck.noSequentialScan(table, plan(ran), ran.database().name()));
    }

    @Then("the query completes in under {count} ms")
    public void completesUnder(long limit) {
        LastQuery.Ran ran = lastQuery.required();
        requireTimeable(ran);
        context.report(PlanCheck.completesUnder(limit, timedRuns(ran), ran.database().name()));
    }

    private static void requireTimeable(LastQuery.Ran ran) {
        requireExplainable(ran);
        if (ran.statement().writesData()) {
            throw new ChecklistBroken("the last query writes: timings use EXPLAIN ANALYZE, which runs the statement, so only"
                    + " read-only statements are timed");
        }
    }

    /** One warm-up, then the timed runs; every run and the last plan go to the evidence. */
    private List<Double> timedRuns(LastQuery.Ran ran) {
        String sql = "explain (analyze, format json) " + ran.statement().body();
        List<Double> runs = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int run = 0; run <= TIMED_RUNS; run++) {
            QueryPlan plan = explain(ran, sql);
            double millis = plan.planningMillis().orElse(0.0) + plan.executionMillis().orElse(0.0);
            report.append(run == 0 ? "warm-up" : "run " + run).append(": ").append(String.format(java.util.Locale.ROOT,
                    "%.3f ms (planning %.3f, execution %.3f)%n", millis, plan.planningMillis().orElse(0.0), plan.executionMillis().orElse(0.0)));
            if (run > 0) {
                runs.add(millis);
            }
            if (run == TIMED_RUNS) {
                context.evidence().text("query plan with timings (EXPLAIN ANALYZE, FORMAT JSON), last run", pretty(plan.json()));
            }
        }
        context.evidence().text("timings: " + sql, "database: " + ran.database().describe() + "\n" + report);
        return runs;
    }

    private QueryPlan plan(LastQuery.Ran ran) {
        if (lastQuery.plan().isEmpty()) {
            requireExplainable(ran);
            QueryPlan plan = explain(ran, "explain (format json, verbose) " + ran.statement().body());
            context.evidence().text("query plan (EXPLAIN (FORMAT JSON, VERBOSE)) in " + ran.database().name(), pretty(plan.json()));
            lastQuery.plan(plan);
        }
        return lastQuery.plan().get();
    }

    /** As the same role the query ran as (row level security changes plans), always read-only, rolled back. */
    private QueryPlan explain(LastQuery.Ran ran, String sql) {
        ProbeOutcome outcome = RoleProbe.run(ran.database().alone(false), ran.identity(), sql, List.of());
        String json = outcome.result().orElseThrow(() -> new ChecklistBroken("EXPLAIN failed in " + ran.database().describe()
                + ": " + outcome.error().orElseThrow() + "\n" + sql)).rows().get(0).get(0);
        return QueryPlan.parse(json);
    }

    private static void requireExplainable(LastQuery.Ran ran) {
        if (!ran.statement().explainable()) {
            throw new ChecklistBroken("the last query (" + ran.statement().firstWord() + " ...) has no plan: plans are read for"
                    + " select, with, values and table statements");
        }
    }

    private static String pretty(String json) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (java.io.IOException e) {
            return json;
        }
    }
}
