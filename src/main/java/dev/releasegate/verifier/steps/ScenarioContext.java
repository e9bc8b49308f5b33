package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.evidence.Evidence;
import io.cucumber.java.Scenario;

import java.util.Collection;
import java.util.List;

/** What the steps of one scenario share: the current database, the report's evidence, the scenario's tags. */
public final class ScenarioContext {

    private final VerifierRun run = VerifierRun.get();
    private Scenario scenario;
    private Evidence evidence;
    private String currentDatabase;
    private final java.util.Set<String> catalogPartsShown = new java.util.HashSet<>();

    void start(Scenario scenario) {
        this.scenario = scenario;
        this.evidence = new Evidence(scenario::attach, run.mask());
    }

    public VerifierRun run() {
        return run;
    }

    public Evidence evidence() {
        return evidence;
    }

    public Collection<String> tags() {
        return scenario == null ? List.of() : scenario.getSourceTagNames();
    }

    void useDatabase(String name) {
        run.databases().get(name); // fail here, on the Given, when the name is not configured
        this.currentDatabase = name;
    }

    /** The database named by the scenario's {@code Given the database "..."}. */
    public Database database() {
        if (currentDatabase == null) {
            throw new ChecklistBroken("no database chosen for this step: start the scenario (or the feature's Background) with"
                    + " Given the database \"production\" (any configured name)");
        }
        return run.databases().get(currentDatabase);
    }

    public Database database(String name) {
        return run.databases().get(name);
    }

    public CatalogSnapshot catalog() {
        return run.catalogs().of(database());
    }

    public CatalogSnapshot catalog(Database database) {
        return run.catalogs().of(database);
    }

    /** Attaches the catalog query a step relied on, then the verdict's table, and fails the step if the verdict is false. */
    public void report(Verdict verdict, CatalogSnapshot snapshot, String... parts) {
        showCatalogReads(snapshot, parts);
        report(verdict);
    }

    /**
     * Attaches the catalog queries a step relied on: their SQL, database and time, not their rows (the verdict's
     * table holds the rows the item is about), and once per scenario, since the same read serves every step.
     */
    public void showCatalogReads(CatalogSnapshot snapshot, String... parts) {
        for (String part : parts) {
            if (catalogPartsShown.add(snapshot.database().name() + "\u0000" + part)) {
                snapshot.read(part).ifPresent(query -> evidence.statement("catalog query: " + part + " in "
                        + snapshot.database().name() + " (read once per run)", query));
            }
        }
    }

    public void report(Verdict verdict) {
        evidence.verdict(verdict);
        if (!verdict.passed()) {
            throw new ChecklistItemFailed(run.mask().mask(verdict.message()), verdict.category());
        }
    }
}
