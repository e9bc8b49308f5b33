package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Sequence;
import dev.releasegate.verifier.catalog.SequenceReader.Position;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceCheckTest {

    private static Sequence sequence(String name, long increment) {
        return new Sequence(new QualifiedName("public", name + "_id_seq"), 1, increment, Optional.of(new QualifiedName("public", name)),
                Optional.of("id"));
    }

    private static Position position(Sequence s, long last, boolean called, Long highest, Long lowest) {
        return new Position(s, BigInteger.valueOf(last), called, Optional.ofNullable(highest).map(BigInteger::valueOf),
                Optional.ofNullable(lowest).map(BigInteger::valueOf));
    }

    @Test
    void aheadWhenTheNextValueIsAboveTheHighestOrTheTableIsEmpty() {
        Sequence orders = sequence("orders", 1);
        Sequence fresh = sequence("fresh", 1);
        Sequence setvalFalse = sequence("imported", 1);
        Verdict v = SequenceCheck.everyAhead("in schema public", List.of(orders, fresh, setvalFalse), Map.of(
                orders.name(), position(orders, 12, true, 12L, 1L),
                fresh.name(), position(fresh, 1, false, null, null),
                setvalFalse.name(), position(setvalFalse, 13, false, 12L, 1L)), "production");
        assertThat(v.passed()).as(v.message()).isTrue();
    }

    @Test
    void reportsEverySequenceBehindItsColumn() {
        Sequence orders = sequence("orders", 1);
        Sequence countdown = sequence("countdown", -1);
        Verdict v = SequenceCheck.everyAhead("in schema public", List.of(orders, countdown), Map.of(
                orders.name(), position(orders, 5, true, 40L, 1L),
                countdown.name(), position(countdown, -3, false, -1L, -9L)), "production");
        assertThat(v.message()).startsWith("""
                sequences in schema public in production: 2 problems
                  sequence orders_id_seq: next value 6 is not above the highest orders.id (40): the next insert that uses it fails with a duplicate key (fix: select setval('public.orders_id_seq', 40))
                  sequence countdown_id_seq: next value -3 is not below the lowest countdown.id (-9): the next insert that uses it fails with a duplicate key (fix: select setval('public.countdown_id_seq', -9))""");
    }

    @Test
    void noSequencesIsAFailure() {
        assertThat(SequenceCheck.everyAhead("in schema public", List.of(), Map.of(), "production").message())
                .isEqualTo("sequences in schema public in production: 1 problem\n  sequences in schema public: none found, so none could be checked");
    }
}
