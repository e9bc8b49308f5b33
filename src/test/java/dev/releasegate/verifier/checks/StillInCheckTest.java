package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.rows.MissingRows;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StillInCheckTest {

    private static final QualifiedName RESERVATIONS = new QualifiedName("public", "reservations");

    private static MissingRows rows(long source, long excepted, long target, long missing, List<String> keys) {
        return new MissingRows(RESERVATIONS, source, excepted, target, missing, keys, 3, 100, List.of());
    }

    @Test
    void everyKeyStillThereIsTrueWhateverTheSecondDatabaseGained() {
        Verdict v = StillInCheck.verdict("before", "after", Optional.empty(), rows(40, 0, 42, 0, List.of()));
        assertThat(v.passed()).as(v.message()).isTrue();
        assertThat(v.category()).isEqualTo(FailureCategory.DATA_LOSS);
    }

    @Test
    void missingKeysAreListedUpToTwentyWithTheCountOfTheRest() {
        List<String> twenty = IntStream.rangeClosed(1, 20).mapToObj(String::valueOf).toList();
        Verdict v = StillInCheck.verdict("before", "after", Optional.empty(), rows(100, 0, 75, 25, twenty));
        assertThat(v.message()).startsWith("rows of reservations in before still in after: 1 problem\n  table reservations: 25 rows of"
                + " before are not in after (first 20 keys: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20; and 5 more)");
    }

    @Test
    void anExceptionThatExcusesNoRowIsStale() {
        Verdict v = StillInCheck.verdict("before", "after", Optional.of("status = 'test'"), rows(40, 0, 40, 0, List.of()));
        assertThat(v.message()).isEqualTo("""
                rows of reservations in before still in after, except rows where status = 'test': 1 problem
                  except rows where status = 'test': excuses nothing (no row of reservations in before satisfies it): remove or correct the row, a stale exception would hide the next regression

                |    | table        | before | after | missing | excepted in before |
                | ok | reservations | 40     | 40    | 0       | 0                  |""");
        assertThat(StillInCheck.verdict("before", "after", Optional.of("status = 'test'"), rows(38, 2, 40, 0, List.of())).passed()).isTrue();
    }

    @Test
    void anEmptySourceProvesNothingAndATableWithoutAKeyCannotBeFollowed() {
        assertThat(StillInCheck.verdict("before", "after", Optional.empty(), rows(0, 0, 5, 0, List.of())).message())
                .contains("table reservations: has no rows in before, so no row was followed: an empty source proves nothing");
        assertThat(StillInCheck.verdict("before", "after", Optional.of("true"), rows(0, 7, 5, 0, List.of())).message())
                .contains("table reservations: has no rows in before but those the exception excuses, so no row was followed");
        Verdict noKey = StillInCheck.noPrimaryKey(RESERVATIONS, "before", "after", Optional.empty());
        assertThat(noKey.category()).isEqualTo(FailureCategory.DATA_LOSS);
        assertThat(noKey.message()).contains("table reservations: has no primary key in before, so its rows cannot be followed by key");
    }
}
