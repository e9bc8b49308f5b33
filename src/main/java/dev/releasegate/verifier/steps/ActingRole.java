package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.RequestIdentity;

import java.util.Optional;

/**
 * Who the scenario acts as, and how its last call ended. Scenario-scoped (one per scenario, injected), so acting
 * ends with the scenario; the database never keeps it, since every probe sets it locally and is rolled back.
 */
public final class ActingRole {

    /** A scenario with this tag may write in its probes; they are rolled back all the same. */
    public static final String WRITES_TAG = "@writes";

    private final ScenarioContext context;
    private RequestIdentity identity;
    private String lastCall;
    private ProbeOutcome lastCallOutcome;

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

    /** Whether probes may write (read-write transaction, still rolled back): the scenario is tagged @writes. */
    public boolean writes() {
        return context.tags().contains(WRITES_TAG);
    }

    void called(String call, ProbeOutcome outcome) {
        this.lastCall = call;
        this.lastCallOutcome = outcome;
    }

    String lastCall() {
        requireCall();
        return lastCall;
    }

    ProbeOutcome lastCallOutcome() {
        requireCall();
        return lastCallOutcome;
    }

    private void requireCall() {
        if (lastCallOutcome == null) {
            throw new ChecklistBroken("there is no call to check: write When I call \"function(arguments)\" first");
        }
    }
}
