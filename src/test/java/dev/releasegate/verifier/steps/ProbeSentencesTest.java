package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** Scratch: prints every outcome. */
class ProbeSentencesTest {

    private static String trackpay;
    private static String trvl;

    @BeforeAll
    static void databases() {
        trackpay = Checklists.trackpay("probes_sentences_tp", "sql/probes-extra.sql");
        trvl = Checklists.database("probes_sentences_trvl", "demo/supabase-base.sql", "demo/trvl.sql");
    }

    @Test
    void print() {
        Checklists.Outcome outcome = Checklists.run(Map.of("production", trackpay, "staging", trackpay, "trvl", trvl),
                "checklists/probes");
        for (Checklists.ScenarioOutcome s : outcome.scenarios()) {
            System.out.println("=== " + s.name() + " :: " + s.status() + "\n" + s.message() + "\n"
                    + (s.failure() == null ? "" : s.failure().getClass().getSimpleName()));
        }
    }
}
