package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.checks.Verdict;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.evidence.Evidence;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import io.cucumber.java.Scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the steps of one scenario share: the run, the current database, the report's evidence, the scenario's tags;
 * and the one way a step reports: {@link #report(Verdict)}.
 */
public final class ScenarioContext {

    private final VerifierRun run = VerifierRun.current();
    // by identity: a snapshot hands out the one query that read each part, and hashing its rows (every column of every
    // table) on each step cost a re-run of a 500-table checklist a tenth of its time
    private final Set<ExecutedQuery> catalogReadsShown = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<CatalogRead> catalogReadsPending = new ArrayList<>();
    private Scenario scenario;
    private Evidence evidence;
    private String currentDatabase;

    private record CatalogRead(String part, ExecutedQuery query) {
    }

    void start(Scenario scenario) {
        this.scenario = scenario;
        this.evidence = new Evidence(scenario::attach, run.mask());
    }

    public VerifierRun run() {
        return run;
    }

    /** The report's evidence for the running step (catalog reads the step relied on are attached first). */
    public Evidence evidence() {
        showCatalogReads();
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

    /** The current database's catalog; the parts a step reads become its evidence. */
    public CatalogSnapshot catalog() {
        return catalog(database());
    }

    /** A database's catalog, read once per run; the parts a step reads become its evidence (once per scenario). */
    public CatalogSnapshot catalog(Database database) {
        return run.catalogs().of(database).recordingInto(this::catalogRead);
    }

    public CatalogSnapshot catalog(String database) {
        return catalog(database(database));
    }

    /** Attaches the verdict's table and fails the step, in the verdict's category, when the verdict is false. */
    public void report(Verdict verdict) {
        evidence().verdict(verdict);
        if (!verdict.passed()) {
            throw new ChecklistItemFailed(run.mask().mask(verdict.message()), verdict.category());
        }
    }

    /** Catalog reads may happen on other threads (two databases at once): they are attached on the step's own. */
    private synchronized void catalogRead(String part, ExecutedQuery query) {
        catalogReadsPending.add(new CatalogRead(part, query));
    }

    /**
     * The catalog queries a step relied on: their SQL, database and time, not their rows (the verdict's table holds
     * the rows the item is about), and once per scenario, since the same read serves every step.
     */
    private synchronized void showCatalogReads() {
        if (evidence == null) {
            return;
        }
        // two databases are read on two threads: their reads are shown by database, each database's in the order read,
        // so that the same checklist leaves the same report whichever database answered first
        catalogReadsPending.sort(java.util.Comparator.comparing(r -> r.query().database()));
        for (CatalogRead read : catalogReadsPending) {
            if (catalogReadsShown.add(read.query())) {
                evidence.statement("catalog query: " + read.part() + " in " + read.query().database() + " (read once per run)", read.query());
            }
        }
        catalogReadsPending.clear();
    }
}
