package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.TypeNames;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A table's columns have the expected types, nullability and defaults, as format_type and pg_get_expr print them. */
public final class ColumnCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private static final List<String> NO_DEFAULT = List.of("none", "null");

    private ColumnCheck() {
    }

    /**
     * Every expected column is checked; columns the checklist does not name are not. {@code tableExists} tells a
     * missing table apart from a table without the columns.
     */
    public static Verdict has(QualifiedName table, boolean tableExists, List<ColumnExpectation> expected, Collection<Column> columns,
                              String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "columns of " + table + " in " + database,
                List.of("column", "type", "nullable", "default"));
        if (!tableExists) {
            return verdict.problem(Mismatch.missing("table " + table, "does not exist")).build();
        }
        List<Column> actual = columns.stream().filter(c -> c.table().equals(table)).toList();
        for (ColumnExpectation row : expected) {
            Optional<Column> found = actual.stream().filter(c -> c.name().equals(row.name())).findFirst();
            if (found.isEmpty()) {
                List<String> names = actual.stream().map(Column::name).toList();
                String nearest = NearestNames.didYouMean(row.name(), names);
                verdict.mismatch(Mismatch.missing("column " + table + "." + row.name(), "does not exist"
                                + (nearest.isEmpty() ? " (the table has " + String.join(", ", names) + ")" : nearest)),
                        List.of(row.name(), row.type().orElse(""), row.nullable().map(ColumnCheck::yesNo).orElse(""),
                                row.defaultExpression().orElse("")));
                continue;
            }
            Column column = found.get();
            List<String> problems = new ArrayList<>();
            row.type().filter(t -> !TypeNames.same(t, column.type()))
                    .ifPresent(t -> problems.add("type is " + column.type() + ", expected " + t));
            row.nullable().filter(n -> n == column.notNull())
                    .ifPresent(n -> problems.add(n ? "is not null, expected nullable" : "is nullable, expected not null"));
            row.defaultExpression().filter(d -> !sameDefault(d, column.defaultExpression()))
                    .ifPresent(d -> problems.add(describeDefault(d, column.defaultExpression())));
            List<String> cells = List.of(column.name(), column.type(), yesNo(!column.notNull()),
                    column.defaultExpression() == null ? "" : column.defaultExpression());
            if (problems.isEmpty()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs("column " + table + "." + column.name(), String.join("; ", problems)), cells);
            }
        }
        return verdict.build();
    }

    /**
     * As {@link #has}, and the table has no other column: a column the checklist does not name is unexpected (pgTAP's
     * columns_are). The comparison table lists the table's columns in their order.
     */
    public static Verdict exactly(QualifiedName table, boolean tableExists, List<ColumnExpectation> expected, Collection<Column> columns,
                                  String database) {
        Verdict named = has(table, tableExists, expected, columns, database);
        if (!tableExists) {
            return named;
        }
        List<String> wanted = expected.stream().map(ColumnExpectation::name).toList();
        List<Column> others = columns.stream().filter(c -> c.table().equals(table) && !wanted.contains(c.name())).toList();
        if (others.isEmpty()) {
            return named;
        }
        List<Mismatch> mismatches = new ArrayList<>(named.mismatches());
        List<ComparisonTable.Row> rows = new ArrayList<>(named.table().rows());
        for (Column column : others) {
            mismatches.add(Mismatch.unexpected("column " + table + "." + column.name(), "exists but is not in the list"));
            rows.add(new ComparisonTable.Row("unexpected", List.of(column.name(), column.type(), yesNo(!column.notNull()),
                    column.defaultExpression() == null ? "" : column.defaultExpression())));
        }
        return new Verdict(CATEGORY, named.subject(), mismatches, new ComparisonTable(named.table().header(), rows));
    }

    /** Same default once white space and case are normalised; a cell without PostgreSQL's trailing cast also matches. */
    static boolean sameDefault(String expected, String actual) {
        if (NO_DEFAULT.contains(expected.trim().toLowerCase(Locale.ROOT))) {
            return actual == null || SqlText.withoutTrailingCast(SqlText.normalise(actual)).equals("null");
        }
        if (actual == null) {
            return false;
        }
        String e = SqlText.normalise(expected);
        String a = SqlText.normalise(actual);
        return e.equals(a) || (SqlText.withoutTrailingCast(e).equals(e) && SqlText.withoutTrailingCast(a).equals(e));
    }

    private static String describeDefault(String expected, String actual) {
        if (actual == null) {
            return "has no default, expected " + expected;
        }
        if (NO_DEFAULT.contains(expected.trim().toLowerCase(Locale.ROOT))) {
            return "default is " + actual + ", expected none";
        }
        return "default is " + actual + ", expected " + expected;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
