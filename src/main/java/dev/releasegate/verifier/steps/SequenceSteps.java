package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.Sequence;
import dev.releasegate.verifier.catalog.SequenceReader;
import dev.releasegate.verifier.checks.SequenceCheck;
import io.cucumber.java.en.Then;

import java.util.List;

/** Sequences stand ahead of the values already in their columns. */
public final class SequenceSteps {

    private final ScenarioContext context;

    public SequenceSteps(ScenarioContext context) {
        this.context = context;
    }

    /** The sequences come from the catalog snapshot; their positions and the columns' values are read now, in one query. */
    @Then("every sequence in schema {schema} is ahead of its column's highest value")
    public void everySequenceAhead(String schema) {
        List<Sequence> sequences = context.catalog().sequences().stream().filter(s -> s.name().schema().equals(schema)).toList();
        SequenceReader.Positions positions = SequenceReader.positions(context.database(), sequences);
        context.evidence().queries("sequence positions and column values", positions.queries());
        context.report(SequenceCheck.everyAhead("in schema " + schema, sequences, positions.byName(), context.database().name()));
    }
}
