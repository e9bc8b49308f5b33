package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.QueryPlan;
import dev.releasegate.verifier.checks.QueryStatement;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.RequestIdentity;

import java.util.Optional;

/** The scenario's last {@code When I query}: where and as whom it ran, the statement, its rows, and its plan once read. */
public final class LastQuery {

    /** One query that ran. */
    record Ran(Database database, Optional<RequestIdentity> identity, QueryStatement statement, QueryResult result) {
    }

    private Ran last;
    private QueryPlan plan;
    private String failure;

    void record(Ran ran) {
        this.last = ran;
        this.plan = null;
        this.failure = null;
    }

    /** The last query failed: it has no result or plan to check. */
    void failed(String error) {
        record(null);
        this.failure = error;
    }

    Ran required() {
        if (failure != null) {
            throw new ChecklistBroken("the last query failed (" + failure + "): it has no result or plan to check");
        }
        if (last == null) {
            throw new ChecklistBroken("there is no query to check: write When I query: with the statement in a doc string first");
        }
        return last;
    }

    Optional<QueryPlan> plan() {
        return Optional.ofNullable(plan);
    }

    void plan(QueryPlan plan) {
        this.plan = plan;
    }
}
