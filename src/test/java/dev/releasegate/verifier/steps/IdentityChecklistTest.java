package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema identity runs as a checklist against prepared databases: TrackPay and its broken copy. */
class IdentityChecklistTest {

    private static final String IDENTITY = "checklists/identity/trackpay.feature";

    private static String staging;
    private static String production;
    private static String broken;

    @BeforeAll
    static void databases() {
        staging = Checklists.trackpay("id_tp_staging");
        production = Checklists.trackpay("id_tp_production");
        broken = Checklists.trackpay("id_tp_broken", "demo/trackpay-broken-production.sql");
    }

    @Test
    void stagingAndProductionOfTheDemoAreIdentical() {
        Checklists.Outcome outcome = Checklists.run(Map.of("staging", staging, "production", production), IDENTITY);
        assertThat(outcome.scenario("staging and production have the same public schema").passed()).isTrue();
        assertThat(outcome.scenario("an empty schema is not identical by default").message())
                .startsWith("schema nothing_here in staging and production: 1 problem\n"
                        + "  schema nothing_here: holds nothing to compare in staging or production");
    }

    @Test
    void theBrokenProductionShowsExactlyThePlantedSchemaDifferences() {
        Checklists.Outcome outcome = Checklists.run(Map.of("staging", staging, "production", broken), IDENTITY);
        assertThat(outcome.scenario("staging and production have the same public schema").message()).startsWith("""
                schema public in staging and production: 4 problems
                  table trackpay_invites: row level security differs: staging has enabled, production has disabled
                  foreign key trackpay_payments_session_id_fkey on trackpay_payments: on delete differs: staging has RESTRICT, production has CASCADE
                  policy rel_delete_by_provider on trackpay_relationships: in production, not in staging
                  EXECUTE on delete_client_relationship_safely(uuid): grantees differ: only production has anon

                """);
        assertThat(outcome.scenario("the planted differences can be ignored by kind and name").passed()).isTrue();
        assertThat(outcome.scenario("an unknown kind to ignore is a broken checklist").message())
                .isEqualTo("unknown kind of schema object 'tables': use one of table, view, materialized view, foreign table, column,"
                        + " foreign key, index, policy, trigger, table privilege, function, function privilege, default privilege, enum, sequence, extension");
    }
}
