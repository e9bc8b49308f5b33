package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.NewestValue;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreshnessCheckTest {

    private static final QualifiedName ORDERS = new QualifiedName("public", "orders");
    private static final QualifiedColumn CREATED = new QualifiedColumn(ORDERS, "created_at");

    private static NewestValue newest(String value, Double age) {
        return new NewestValue(CREATED, Optional.ofNullable(value), "2026-01-02 12:00:00+00", Optional.ofNullable(age), null);
    }

    @Test
    void newEnoughPassesAndAFutureValueIsNotStale() {
        assertThat(FreshnessCheck.atMost(CREATED, Duration.ofHours(2), newest("2026-01-02 11:00:00+00", 3600.0), "after").passed()).isTrue();
        Verdict future = FreshnessCheck.atMost(CREATED, Duration.ofHours(2), newest("2026-01-02 12:05:00+00", -300.0), "after");
        assertThat(future.passed()).isTrue();
        assertThat(future.table().render()).contains("| 5 minutes in the future |");
    }

    @Test
    void tooOldSaysHowOldByTheServersClock() {
        Verdict v = FreshnessCheck.atMost(CREATED, Duration.ofHours(2), newest("2025-12-30 08:00:00+00", 273_600.0), "after");
        assertThat(v.category()).isEqualTo(FailureCategory.DATA_INTEGRITY);
        assertThat(v.message()).isEqualTo("""
                the newest created_at in orders in after: 1 problem
                  orders.created_at: the newest is 2025-12-30 08:00:00+00, 3 days 4 hours old at 2026-01-02 12:00:00+00 (the server's clock), expected at most 2 hours

                |            | column            | newest                 | server time            | age            | at most |
                | XX differs | orders.created_at | 2025-12-30 08:00:00+00 | 2026-01-02 12:00:00+00 | 3 days 4 hours | 2 hours |""");
    }

    @Test
    void anEmptyColumnIsFalse() {
        assertThat(FreshnessCheck.atMost(CREATED, Duration.ofMinutes(30), newest(null, null), "after").message())
                .contains("orders.created_at: no row holds a value, so nothing is at most 30 minutes old");
    }

    @Test
    void durationsReadInTheirTwoLargestUnits() {
        assertThat(FreshnessCheck.describe(Duration.ofSeconds(0))).isEqualTo("0 seconds");
        assertThat(FreshnessCheck.describe(Duration.ofSeconds(42))).isEqualTo("42 seconds");
        assertThat(FreshnessCheck.describe(Duration.ofSeconds(61))).isEqualTo("1 minute 1 second");
        assertThat(FreshnessCheck.describe(Duration.ofHours(2))).isEqualTo("2 hours");
        assertThat(FreshnessCheck.describe(Duration.ofDays(698).plusSeconds(59))).isEqualTo("698 days");
        assertThat(FreshnessCheck.describe(Duration.ofDays(1).plusHours(1).plusMinutes(5))).isEqualTo("1 day 1 hour");
    }

    @Test
    void onlyATimeHasAnAge() {
        FreshnessCheck.requireTime(new Column(ORDERS, "created_at", 1, "timestamp with time zone", true, null));
        FreshnessCheck.requireTime(new Column(ORDERS, "day", 2, "date", true, null));
        assertThatThrownBy(() -> FreshnessCheck.requireTime(new Column(ORDERS, "note", 3, "text", false, null)))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessage("column orders.note is text, not a time: name a timestamp or date column, such as \"created_at\"");
    }
}
