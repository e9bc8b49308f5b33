package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Sequence;
import dev.releasegate.verifier.catalog.SequenceReader.Position;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every sequence would hand out a value its column does not hold yet: after a data copy that kept the ids but not
 * the sequence, the next insert fails with a duplicate key.
 */
public final class SequenceCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private SequenceCheck() {
    }

    public static Verdict everyAhead(String scope, Collection<Sequence> sequences, Map<QualifiedName, Position> positions, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "sequences " + scope + " in " + database,
                List.of("sequence", "column", "next value", "highest", "lowest"));
        if (sequences.isEmpty()) {
            return verdict.problem(Mismatch.missing("sequences " + scope, "none found, so none could be checked")).build();
        }
        for (Sequence s : sequences) {
            Position p = positions.get(s.name());
            if (p == null) {
                verdict.ok(List.of(s.name().toString(), s.describeColumn(), "not checked", "", ""));
                continue;
            }
            BigInteger next = p.nextValue();
            List<String> cells = List.of(s.name().toString(), s.describeColumn(), next.toString(), text(p.highest()), text(p.lowest()));
            Optional<BigInteger> bound = s.ascending() ? p.highest() : p.lowest();
            boolean ahead = bound.isEmpty() || (s.ascending() ? next.compareTo(bound.get()) > 0 : next.compareTo(bound.get()) < 0);
            if (ahead) {
                verdict.ok(cells);
            } else {
                String qualified = s.name().schema() + "." + s.name().name();
                verdict.mismatch(Mismatch.differs("sequence " + s.name(), "next value " + next + " is not "
                        + (s.ascending() ? "above the highest " : "below the lowest ") + s.describeColumn() + " (" + bound.get()
                        + "): the next insert that uses it fails with a duplicate key (fix: select setval('" + qualified + "', " + bound.get() + "))"), cells);
            }
        }
        return verdict.build();
    }

    private static String text(Optional<BigInteger> value) {
        return value.map(BigInteger::toString).orElse("(empty)");
    }
}
