package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.checks.FunctionCall;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier steps of a scenario made known, for later steps to use by name: the users it created (by e-mail) and
 * the result of its last query or call. Scenario-scoped: nothing is remembered from one scenario to the next.
 */
public final class KnownValues {

    private final Map<String, String> users = new LinkedHashMap<>();
    private QueryResult lastResult;

    void user(String email, String id) {
        users.put(email, id);
    }

    Optional<String> userId(String email) {
        return Optional.ofNullable(users.get(email));
    }

    void result(QueryResult result) {
        this.lastResult = result;
    }

    /** The result of the last query or call of the scenario. */
    QueryResult result() {
        if (lastResult == null) {
            throw new ChecklistBroken("there is no result to check: write When I query: or When I call \"...\" first");
        }
        return lastResult;
    }

    /** The values of a call's arguments, in order: literals as written, references looked up here. */
    List<Object> values(FunctionCall call) {
        return call.arguments().stream().map(a -> value(a.value())).toList();
    }

    /** A reference's value; one to something no earlier step made known is a checklist error that says what to add. */
    Object value(FunctionCall.Value value) {
        if (value instanceof FunctionCall.Literal literal) {
            return literal.text() == null ? null : literal.text();
        }
        if (value instanceof FunctionCall.UserId user) {
            return userId(user.email()).orElseThrow(() -> new ChecklistBroken("no user \"" + user.email() + "\" in this scenario:"
                    + " write Given the user \"" + user.email() + "\" exists before using its id"));
        }
        FunctionCall.ResultColumn column = (FunctionCall.ResultColumn) value;
        if (lastResult == null || lastResult.rows().isEmpty()) {
            throw new ChecklistBroken("there is no result row to take \"" + column.column() + "\" from: the last query or call"
                    + (lastResult == null ? " has not run" : " returned no rows"));
        }
        int at = lastResult.columns().indexOf(column.column());
        if (at < 0) {
            throw new ChecklistBroken("the last result has no column \"" + column.column() + "\" (it has "
                    + String.join(", ", lastResult.columns()) + ")");
        }
        return lastResult.rows().get(0).get(at);
    }
}
