package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.ProbeTransaction;
import dev.releasegate.verifier.db.RequestIdentity;
import dev.releasegate.verifier.db.ScenarioTransaction;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who the scenario acts as, where its probes run, and how its last statement or call ended. Scenario-scoped (one
 * per scenario, injected), so acting ends with the scenario. Without {@code @writes} every probe is a read-only
 * transaction of its own; in a scenario tagged {@code @writes} the probes in a database share one read-write
 * transaction, rolled back when the scenario ends.
 */
public final class ActingRole {

    /** A scenario with this tag shares one read-write transaction per database among its steps, rolled back at its end. */
    public static final String WRITES_TAG = "@writes";

    private final ScenarioContext context;
    private final Map<String, ScenarioTransaction> transactions = new LinkedHashMap<>();
    private RequestIdentity identity;
    private String lastStatement;
    private ProbeOutcome lastOutcome;
    private boolean lastWasCall;
    private boolean failureUnexamined;

    public ActingRole(ScenarioContext context) {
        this.context = context;
    }

    void actAs(RequestIdentity identity) {
        this.identity = identity;
    }

    public Optional<RequestIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    RequestIdentity required(String step) {
        if (identity == null) {
            throw new ChecklistBroken("'" + step + "' needs a role to act as: start with Given I act as the role \"anon\""
                    + " or Given I act as the \"authenticated\" user \"<uuid>\"");
        }
        return identity;
    }

    /** Whether probes may write (read-write, still rolled back): the scenario is tagged @writes. */
    public boolean writes() {
        return context.tags().contains(WRITES_TAG);
    }

    /**
     * Where the next probe runs in a database: the scenario's shared transaction there under {@code @writes}, else a
     * read-only transaction of its own. A statement that failed earlier and that no step said should fail stops here.
     */
    ProbeTransaction probing(Database database) {
        requireNoUnexaminedFailure();
        if (!writes()) {
            return database.alone(false);
        }
        return transactions.computeIfAbsent(database.name(), name -> database.beginScenario());
    }

    /** Rolls back every transaction the scenario opened; then a failure no step examined breaks the scenario. */
    void endScenario() {
        transactions.values().forEach(ScenarioTransaction::close);
        transactions.clear();
        requireNoUnexaminedFailure();
    }

    void called(String call, ProbeOutcome outcome) {
        ran(call, outcome);
        this.lastWasCall = true;
    }

    /** The last statement or call of the scenario; a failure it ended in must be examined by the next step. */
    void ran(String statement, ProbeOutcome outcome) {
        this.lastStatement = statement;
        this.lastOutcome = outcome;
        this.lastWasCall = false;
        this.failureUnexamined = outcome.failed();
    }

    String lastCall() {
        requireCall();
        return lastStatement;
    }

    ProbeOutcome lastCallOutcome() {
        requireCall();
        failureUnexamined = false;
        return lastOutcome;
    }

    boolean lastWasCall() {
        return lastWasCall;
    }

    /** What the last statement or call was, as the report names it. */
    String lastStatement() {
        requireStatement();
        return lastStatement;
    }

    /** How the last statement or call ended; reading it here counts as examining its failure. */
    ProbeOutcome lastOutcome() {
        requireStatement();
        failureUnexamined = false;
        return lastOutcome;
    }

    /**
     * A statement or call that failed, with no {@code Then it fails ...} after it, is a broken item: the steps after
     * it would check a state it never made.
     */
    void requireNoUnexaminedFailure() {
        if (failureUnexamined) {
            failureUnexamined = false;
            throw new ChecklistBroken((lastWasCall ? "call " : "") + lastStatement + " failed in " + lastOutcome.database()
                    + lastOutcome.identity().map(i -> " as " + i.describe()).orElse("") + ": " + lastOutcome.error().orElseThrow()
                    + " - if the checklist expects this, follow it with Then it fails with \"<part of the message>\""
                    + " (or Then it fails with SQLSTATE \"" + lastOutcome.error().orElseThrow().sqlState() + "\")");
        }
    }

    private void requireCall() {
        if (lastOutcome == null || !lastWasCall) {
            throw new ChecklistBroken("there is no call to check: write When I call \"function(arguments)\" first");
        }
    }

    private void requireStatement() {
        if (lastOutcome == null) {
            throw new ChecklistBroken("there is no statement or call to check: write When I query: or When I call \"...\" first");
        }
    }
}
