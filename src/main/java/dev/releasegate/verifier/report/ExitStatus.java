package dev.releasegate.verifier.report;

import java.util.Map;

/**
 * The gate's exit status, decided from how many items ended each way; the console, run.json and the process's exit
 * code all say it. A false item outranks items that could not be checked: the release is known to be wrong.
 */
public enum ExitStatus {
    HELD(0, "every item that was checked held"),
    FAILED(1, "an item is false"),
    BROKEN(2, "items could not be checked"),
    NOTHING_CHECKED(3, "nothing was checked");

    private final int code;
    private final String meaning;

    ExitStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * From the counts of scenarios by verdict word ({@code passed, failed, broken, skipped, advisory}) as run.json
     * records them: advisory items were checked, and do not fail the gate.
     */
    public static ExitStatus of(Map<String, Integer> counts) {
        if (count(counts, "failed") > 0) {
            return FAILED;
        }
        if (count(counts, "broken") > 0) {
            return BROKEN;
        }
        if (count(counts, "passed") + count(counts, "advisory") == 0) {
            return NOTHING_CHECKED;
        }
        return HELD;
    }

    private static int count(Map<String, Integer> counts, String word) {
        return counts.getOrDefault(word, 0);
    }
}
