package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Sequence;
import dev.releasegate.verifier.catalog.SequenceReader;
import dev.releasegate.verifier.checks.SequenceCheck;
import dev.releasegate.verifier.db.ExecutedQuery;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Map;

/** Sequences stand ahead of the values already in their columns. */
@ReportedAs(FailureCategory.SCHEMA_DRIFT)
public final class SequenceSteps {

    private final ScenarioContext context;

    public SequenceSteps(ScenarioContext context) {
        this.context = context;
    }

    /** The sequences come from the catalog snapshot; their positions and the columns' values are read now, in one query. */
    @Then("every sequence in schema {schema} is ahead of its column's highest value")
    public void everySequenceAhead(String schema) {
        CatalogSnapshot catalog = context.catalog();
        List<Sequence> sequences = catalog.sequences().stream().filter(s -> s.name().schema().equals(schema)).toList();
        Map<QualifiedName, SequenceReader.Position> positions = context.database().read(session -> {
            Map<QualifiedName, SequenceReader.Position> read = SequenceReader.positions(session, sequences);
            List<ExecutedQuery> executed = session.executed();
            if (!sequences.isEmpty() && !read.isEmpty()) {
                context.evidence().query("sequence positions and column values", executed.get(executed.size() - 1));
            }
            return read;
        });
        context.report(SequenceCheck.everyAhead("in schema " + schema, sequences, positions, context.database().name()),
                catalog, "sequences");
    }
}
