package dev.releasegate.verifier.checks;

import java.util.ArrayList;
import java.util.List;

/** The outcome of one checklist item: every mismatch found, and the table of everything compared. */
public record Verdict(String subject, List<Mismatch> mismatches, ComparisonTable table) {

    public Verdict {
        mismatches = List.copyOf(mismatches);
    }

    public static Verdict pass(String subject, ComparisonTable table) {
        return new Verdict(subject, List.of(), table);
    }

    public static Verdict of(String subject, List<Mismatch> mismatches) {
        return new Verdict(subject, mismatches, ComparisonTable.empty());
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** The failure message, written for the person reading the report: what is wrong, then the whole table. */
    public String message() {
        if (passed()) {
            return subject + ": as expected";
        }
        StringBuilder out = new StringBuilder();
        int n = mismatches.size();
        out.append(subject).append(": ").append(n).append(n == 1 ? " problem" : " problems").append('\n');
        for (Mismatch m : mismatches) {
            out.append("  ").append(m.describe()).append('\n');
        }
        if (!table.isEmpty()) {
            out.append('\n').append(table.render());
        }
        return out.toString().stripTrailing();
    }

    /** A builder that collects mismatches and rows as a check walks its expectations. */
    public static final class Builder {
        private final String subject;
        private final List<String> header;
        private final List<Mismatch> mismatches = new ArrayList<>();
        private final List<ComparisonTable.Row> rows = new ArrayList<>();

        public Builder(String subject, List<String> header) {
            this.subject = subject;
            this.header = header;
        }

        public Builder ok(List<String> cells) {
            rows.add(new ComparisonTable.Row(ComparisonTable.OK, cells));
            return this;
        }

        public Builder mismatch(Mismatch mismatch, List<String> cells) {
            mismatches.add(mismatch);
            rows.add(new ComparisonTable.Row(mismatch.kind().name().toLowerCase(java.util.Locale.ROOT), cells));
            return this;
        }

        /** A problem with no row of its own (an empty match, a stale exception). */
        public Builder problem(Mismatch mismatch) {
            mismatches.add(mismatch);
            return this;
        }

        public Verdict build() {
            return new Verdict(subject, mismatches, new ComparisonTable(header, rows));
        }
    }
}
