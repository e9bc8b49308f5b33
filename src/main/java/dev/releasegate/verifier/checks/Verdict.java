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

    /**
     * Problems listed in a message, and rows of its table: past these the message says how many more there are. The
     * report's comparison table (evidence) keeps every row; a message of a thousand findings would bury the first.
     */
    static final int MESSAGE_PROBLEMS = 100;
    static final int MESSAGE_ROWS = 100;

    /** The failure message, written for the person reading the report: what is wrong, then the table. */
    public String message() {
        if (passed()) {
            return subject + ": as expected";
        }
        StringBuilder out = new StringBuilder();
        int n = mismatches.size();
        out.append(subject).append(": ").append(n).append(n == 1 ? " problem" : " problems").append('\n');
        mismatches.stream().limit(MESSAGE_PROBLEMS).forEach(m -> out.append("  ").append(m.describe()).append('\n'));
        if (n > MESSAGE_PROBLEMS) {
            out.append("  ... and ").append(n - MESSAGE_PROBLEMS).append(" more problems, each in the report's table\n");
        }
        if (!table.isEmpty()) {
            out.append('\n').append(shownTable().render());
            if (table.rows().size() > MESSAGE_ROWS) {
                out.append("(").append(MESSAGE_ROWS).append(" of ").append(table.rows().size())
                        .append(" rows shown, problems first; the report's table has every row)\n");
            }
        }
        return out.toString().stripTrailing();
    }

    /** The table, or for a long one its first rows with the problems first, so no problem hides behind rows that are ok. */
    private ComparisonTable shownTable() {
        if (table.rows().size() <= MESSAGE_ROWS) {
            return table;
        }
        List<ComparisonTable.Row> problemsFirst = new ArrayList<>(table.rows().stream().filter(r -> r.shownMark().startsWith("XX")).toList());
        table.rows().stream().filter(r -> !r.shownMark().startsWith("XX")).forEach(problemsFirst::add);
        return new ComparisonTable(table.header(), problemsFirst.subList(0, MESSAGE_ROWS));
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
