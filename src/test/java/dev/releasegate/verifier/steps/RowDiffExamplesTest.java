package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped examples: Aamodha's migrations pass on its demo; TrackPay's identical rows catch the row lost in the copy. */
class RowDiffExamplesTest {

    @Test
    void aamodhaMigrationsPassOnTheDemo() {
        String aamodha = Checklists.database("rd_aamodha", "demo/supabase-base.sql", "demo/aamodha.sql");
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-aamodha", aamodha), "examples/aamodha-migrations.feature");
        assertThat(outcome.scenarios()).hasSize(3);
        assertThat(outcome.failed()).isEmpty();
    }

    @Test
    void identicalRowsPassOnTheDemoAndNameTheLostActivityOnABrokenProduction() {
        String good = Checklists.trackpay("rd_tp_good");
        String broken = Checklists.trackpay("rd_tp_broken", "demo/trackpay-broken-production.sql");
        assertThat(Checklists.run(Map.of("demo-staging", good, "demo-production", good), "examples/identical-rows.feature").failed()).isEmpty();
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-staging", good, "demo-production", broken), "examples/identical-rows.feature");
        assertThat(outcome.allMessages()).contains(
                "table trackpay_activities: 1 row of demo-staging missing in demo-production (key 60000000-0000-4000-8000-000000000012)");
    }
}
