package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one checklist item: the release risk it guards against (declared by the check that judged it),
 * every mismatch found, and the table of everything compared.
 */
public record Verdict(FailureCategory category, String subject, List<Mismatch> mismatches, ComparisonTable table) {

    public Verdict {
        mismatches = List.copyOf(mismatches);
    }

    public static Verdict pass(FailureCategory category, String subject, ComparisonTable table) {
        return new Verdict(category, subject, List.of(), table);
    }

    public static Verdict of(FailureCategory category, String subject, List<Mismatch> mismatches) {
        return new Verdict(category, subject, mismatches, ComparisonTable.empty());
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
        private final FailureCategory category;
        private final String subject;
        private final List<String> header;
        private final List<Mismatch> mismatches = new ArrayList<>();
        private final List<ComparisonTable.Row> rows = new ArrayList<>();

        public Builder(FailureCategory category, String subject, List<String> header) {
            this.category = category;
            this.subject = subject;
            this.header = header;
        }

        public Builder ok(List<String> cells) {
            rows.add(new ComparisonTable.Row(ComparisonTable.OK, cells));
            return this;
        }

        /** A row that would be a problem but for an {@code except:} row of the checklist: shown, marked, never a failure. */
        public Builder excepted(List<String> cells) {
            rows.add(new ComparisonTable.Row(ComparisonTable.EXCEPTED, cells));
            return this;
        }

        public Builder mismatch(Mismatch mismatch, List<String> cells) {
            mismatches.add(mismatch);
            rows.add(new ComparisonTable.Row(mismatch.kind().name().toLowerCase(Locale.ROOT), cells));
            return this;
        }

        /** A problem with no row of its own (an empty match, a stale exception). */
        public Builder problem(Mismatch mismatch) {
            mismatches.add(mismatch);
            return this;
        }

        /**
         * An {@code except:} row that excused nothing: the same problem in every sentence that takes exceptions, since a
         * stale exception would silently excuse the next regression of that object.
         */
        public Builder staleException(String exception, String because) {
            return problem(Mismatch.unexpected("except " + exception, "excuses nothing (" + because
                    + "): remove or correct the row, a stale exception would hide the next regression"));
        }

        public Verdict build() {
            return new Verdict(category, subject, mismatches, new ComparisonTable(header, rows));
        }
    }
}
