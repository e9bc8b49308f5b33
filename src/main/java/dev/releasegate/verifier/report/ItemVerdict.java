package dev.releasegate.verifier.report;

import java.util.List;
import java.util.Optional;

/**
 * One checklist item (a step) as the run left it: its line, its text as written, its data table or doc string, and
 * its verdict: passed, failed, advisory (false, in a scenario tagged @advisory), broken (could not be checked) or
 * skipped (not reached, because an item before it did not hold).
 */
record ItemVerdict(int line, String step, String verdict, Optional<List<List<String>>> table, Optional<String> docString) {

    ItemVerdict {
        table = table.map(rows -> rows.stream().map(List::copyOf).toList());
    }
}
