package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Trigger;
import dev.releasegate.verifier.catalog.TriggerEvent;
import dev.releasegate.verifier.catalog.TriggerTiming;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriggerCheckTest {

    private static final QualifiedName PROFILES = new QualifiedName("public", "profiles");
    private static final QualifiedName HANDLER = new QualifiedName("public", "handle_updated_at");

    private static Trigger trigger(String name, TriggerTiming timing, EnumSet<TriggerEvent> events, String firing) {
        return new Trigger(PROFILES, name, timing, events, true, HANDLER, firing);
    }

    @Test
    void eventsParseInAnyOrderJoinedByOrOrCommas() {
        assertThat(TriggerEvent.parseList("update or INSERT")).isEqualTo(EnumSet.of(TriggerEvent.INSERT, TriggerEvent.UPDATE));
        assertThat(TriggerEvent.parseList("DELETE, insert,update")).isEqualTo(EnumSet.of(TriggerEvent.INSERT, TriggerEvent.UPDATE, TriggerEvent.DELETE));
        assertThat(TriggerTiming.fromWords("instead  of")).isEqualTo(TriggerTiming.INSTEAD_OF);
    }

    @Test
    void unknownWordsListTheAcceptedOnes() {
        assertThatThrownBy(() -> TriggerEvent.parseList("INSERT OR MERGE"))
                .hasMessage("unknown trigger event 'MERGE': use one of INSERT, UPDATE, DELETE, TRUNCATE");
        assertThatThrownBy(() -> TriggerTiming.fromWords("around"))
                .hasMessage("unknown trigger timing 'around': use one of BEFORE, AFTER, INSTEAD OF");
    }

    @Test
    void passesWhenEveryGivenValueMatches() {
        Verdict v = TriggerCheck.exist(List.of(new TriggerExpectation(PROFILES, "set_updated_at", Optional.of(TriggerTiming.BEFORE),
                        Optional.of(EnumSet.of(TriggerEvent.UPDATE)), Optional.of(HANDLER), Optional.of(true))),
                List.of(trigger("set_updated_at", TriggerTiming.BEFORE, EnumSet.of(TriggerEvent.UPDATE), "O")), "production");
        assertThat(v.passed()).isTrue();
    }

    @Test
    void reportsEveryDifferenceOfEveryRow() {
        Verdict v = TriggerCheck.exist(List.of(
                        new TriggerExpectation(PROFILES, "set_updated_at", Optional.of(TriggerTiming.AFTER),
                                Optional.of(EnumSet.of(TriggerEvent.INSERT, TriggerEvent.UPDATE)),
                                Optional.of(new QualifiedName("public", "touch")), Optional.of(true)),
                        new TriggerExpectation(PROFILES, "audit", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
                List.of(trigger("set_updated_at", TriggerTiming.BEFORE, EnumSet.of(TriggerEvent.UPDATE), "D")), "production");
        assertThat(v.message()).startsWith("""
                triggers in production: 2 problems
                  trigger set_updated_at on profiles: timing is BEFORE, expected AFTER; events are UPDATE, expected INSERT OR UPDATE; function is handle_updated_at(), expected touch(); is disabled, expected enabled
                  trigger audit on profiles: does not exist (the table has set_updated_at)""");
    }

    @Test
    void everyEnabledNamesDisabledAndReplicaOnlyTriggers() {
        Verdict v = TriggerCheck.everyEnabled("matching %", List.of(PROFILES), List.of(
                trigger("a", TriggerTiming.BEFORE, EnumSet.of(TriggerEvent.UPDATE), "O"),
                trigger("b", TriggerTiming.AFTER, EnumSet.of(TriggerEvent.INSERT), "D"),
                trigger("c", TriggerTiming.AFTER, EnumSet.of(TriggerEvent.INSERT), "R"),
                trigger("d", TriggerTiming.AFTER, EnumSet.of(TriggerEvent.INSERT), "A")), "production");
        assertThat(v.message()).startsWith("""
                triggers on tables matching % in production: 2 problems
                  trigger b on profiles: is disabled
                  trigger c on profiles: is enabled only in replica sessions (ENABLE REPLICA TRIGGER), so it does not fire for the application""");
    }

    @Test
    void noTriggersIsAFailure() {
        assertThat(TriggerCheck.everyEnabled("matching trackpay_%", List.of(PROFILES), List.of(), "production").message())
                .isEqualTo("triggers on tables matching trackpay_% in production: 1 problem\n"
                        + "  triggers on tables matching trackpay_%: none found, so none could be checked");
    }
}
