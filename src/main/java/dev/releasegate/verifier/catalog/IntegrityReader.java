package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.ExecutedQuery;
import dev.releasegate.verifier.db.QueryResult;
import dev.releasegate.verifier.db.ReadOnlySession;
import dev.releasegate.verifier.db.SqlPredicate;
import org.postgresql.util.PSQLException;

import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data rules of a checklist as one statement each: orphans, unmatched rows, rows satisfying a condition,
 * duplicates, values that do not match a pattern, rows by key. Each statement counts every offending row
 * ({@code count(*) over ()}) and returns the first {@link #SAMPLE}. Names are quoted, values bound, and a condition
 * from a checklist is asked of the server as a statement that reads no row before it is used.
 */
public final class IntegrityReader {

    /** Offending rows shown per rule; the rest are counted. */
    public static final int SAMPLE = 20;

    private IntegrityReader() {
    }

    /** Rows of {@code from} whose {@code through} columns (none null) match no row of {@code target} on its key. */
    public static OffendingRows orphans(Database database, QualifiedName from, List<String> fromKey, List<String> through,
                                        QualifiedName target, List<String> targetKey) {
        List<String> shown = new ArrayList<>(fromKey);
        through.stream().filter(c -> !shown.contains(c)).forEach(shown::add);
        String table = quote(from);
        List<String> joins = new ArrayList<>();
        List<String> notNull = new ArrayList<>();
        for (int i = 0; i < through.size(); i++) {
            joins.add("t." + q(targetKey.get(i)) + " = " + table + "." + q(through.get(i)));
            notNull.add(table + "." + q(through.get(i)) + " is not null");
        }
        String sql = "select count(*) over () as offending_rows, " + columns(table, shown) + "\nfrom " + table
                + "\nwhere " + String.join(" and ", notNull)
                + "\n  and not exists (select 1 from " + quote(target) + " t where " + String.join(" and ", joins) + ")"
                + "\norder by " + columns(table, shown) + "\nlimit " + SAMPLE;
        return database.read(session -> offending(session, sql, "references from " + from + " to " + target));
    }

    /** Rows of {@code from} (where the condition holds) that no row of {@code other} points at through its columns. */
    public static OffendingRows unmatched(Database database, QualifiedName from, SqlPredicate where, List<String> key,
                                          QualifiedName other, List<String> through) {
        String table = quote(from);
        List<String> joins = new ArrayList<>();
        for (int i = 0; i < through.size(); i++) {
            joins.add("m." + q(through.get(i)) + " = " + table + "." + q(key.get(i)));
        }
        String sql = "select count(*) over () as offending_rows, " + columns(table, key) + "\nfrom " + table
                + "\nwhere " + (where == null ? "" : where.sql() + "\n  and ")
                + "not exists (select 1 from " + quote(other) + " m where " + String.join(" and ", joins) + ")"
                + "\norder by " + columns(table, key) + "\nlimit " + SAMPLE;
        return database.read(session -> {
            if (where != null) {
                requireCondition(session, from, where);
            }
            return offending(session, sql, "rows of " + from + " without a matching " + other);
        });
    }

    /**
     * Rows of {@code from} (where the condition holds) for which no row of {@code other} satisfies the match condition,
     * which names both tables ({@code diners.email = lower(customers.email)}); every column shown, in key order.
     */
    public static OffendingRows unmatchedOn(Database database, QualifiedName from, SqlPredicate where, List<String> key,
                                            QualifiedName other, SqlPredicate on) {
        if (from.equals(other)) {
            throw new ChecklistBroken("rows of " + from + " matched against " + other + " itself: a condition naming " + from.name()
                    + " could not tell the row from its match; match against another table");
        }
        String table = quote(from);
        String sql = "select count(*) over () as offending_rows, " + table + ".*\nfrom " + table
                + "\nwhere " + (where == null ? "" : where.sql() + "\n  and ")
                + "not exists (select 1 from " + quote(other) + " where " + on.sql() + ")"
                + (key.isEmpty() ? "" : "\norder by " + columns(table, key)) + "\nlimit " + SAMPLE;
        return database.read(session -> {
            if (where != null) {
                requireCondition(session, from, where);
            }
            requireCondition(session, List.of(from, other), on);
            return offending(session, sql, "rows of " + from + " without a matching " + other);
        });
    }

    /** Rows of a table for which the condition is true, every column shown, in key order when there is one. */
    public static OffendingRows satisfying(Database database, QualifiedName from, SqlPredicate condition, List<String> key) {
        String table = quote(from);
        String sql = "select count(*) over () as offending_rows, " + table + ".*\nfrom " + table + "\nwhere " + condition.sql()
                + (key.isEmpty() ? "" : "\norder by " + columns(table, key)) + "\nlimit " + SAMPLE;
        return database.read(session -> {
            requireCondition(session, from, condition);
            return offending(session, sql, "rows of " + from + " where " + condition);
        });
    }

    /**
     * Values of a column held by more than one row (NULL is no value, as for a unique index), most repeated first;
     * the count is of values, the rows they take are in column "rows".
     */
    public static OffendingRows duplicates(Database database, QualifiedColumn column, SqlPredicate where) {
        String table = quote(column.table());
        String col = table + "." + q(column.column());
        String sql = "select count(*) over () as offending_values, " + col + " as value, count(*) as rows\nfrom " + table
                + "\nwhere " + col + " is not null" + (where == null ? "" : " and " + where.sql())
                + "\ngroup by " + col + "\nhaving count(*) > 1\norder by count(*) desc, 2\nlimit " + SAMPLE;
        return database.read(session -> {
            if (where != null) {
                requireCondition(session, column.table(), where);
            }
            return offending(session, sql, "duplicate values of " + column);
        });
    }

    /**
     * Values of an expression over a table's rows that more than one row gives (NULL is no value, as for a unique
     * index), most repeated first; the count is of values, the rows they take are in column "rows".
     */
    public static OffendingRows duplicatesOf(Database database, QualifiedName from, SqlExpression expression, SqlPredicate where) {
        String sql = "select count(*) over () as offending_values, " + expression.sql() + " as value, count(*) as rows\nfrom "
                + quote(from) + "\nwhere " + expression.sql() + " is not null" + (where == null ? "" : " and " + where.sql())
                + "\ngroup by 2\nhaving count(*) > 1\norder by count(*) desc, 2\nlimit " + SAMPLE;
        return database.read(session -> {
            requireExpression(session, from, expression);
            if (where != null) {
                requireCondition(session, from, where);
            }
            return offending(session, sql, "duplicate values of " + expression + " in " + from);
        });
    }

    /** Two tallies in one statement, each expression and condition described by the server first. */
    public static RowTally.Counted tally(Database database, RowTally first, RowTally second) {
        String sql = "select (" + first.sql() + ") as first_count,\n       (" + second.sql() + ") as second_count";
        return database.read(session -> {
            for (RowTally tally : List.of(first, second)) {
                tally.distinct().ifPresent(e -> requireExpression(session, tally.table(), e));
                tally.where().ifPresent(w -> requireCondition(session, tally.table(), w));
            }
            QueryResult result = run(session, sql, "counts " + first.describe() + " and " + second.describe());
            List<String> row = result.rows().get(0);
            return new RowTally.Counted(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)), last(session));
        });
    }

    /** The newest value of a time column and its age by the server's clock; the column's type was checked by the caller. */
    public static NewestValue newest(Database database, QualifiedColumn column) {
        String col = quote(column.table()) + "." + q(column.column());
        String sql = "select max(" + col + ")::text as newest, now()::text as now,\n       extract(epoch from now() - max(" + col
                + ")::timestamptz)::float8 as age_seconds\nfrom " + quote(column.table());
        return database.read(session -> {
            List<String> row = run(session, sql, "newest " + column).rows().get(0);
            return new NewestValue(column, java.util.Optional.ofNullable(row.get(0)), row.get(1),
                    java.util.Optional.ofNullable(row.get(2)).map(Double::parseDouble), last(session));
        });
    }

    /** Non-null values of a column that do not match a PostgreSQL regular expression ({@code ~}), with the rows' keys. */
    public static OffendingRows notMatching(Database database, QualifiedColumn column, String regex, List<String> key) {
        String table = quote(column.table());
        List<String> shown = new ArrayList<>(key);
        if (!shown.contains(column.column())) {
            shown.add(column.column());
        }
        String sql = "select count(*) over () as offending_rows, " + columns(table, shown) + "\nfrom " + table
                + "\nwhere " + table + "." + q(column.column()) + "::text !~ ?"
                + "\norder by " + columns(table, shown) + "\nlimit " + SAMPLE;
        return database.read(session -> offending(session, sql, "values of " + column + " against \"" + regex + "\"", regex));
    }

    /** How many rows hold NULL in a column: they match no pattern and are reported apart. */
    public static OffendingRows nulls(Database database, QualifiedColumn column) {
        String table = quote(column.table());
        String sql = "select count(*) as null_rows from " + table + " where " + table + "." + q(column.column()) + " is null";
        return database.read(session -> {
            QueryResult result = run(session, sql, "nulls in " + column);
            return new OffendingRows(Long.parseLong(result.rows().get(0).get(0)), List.of(), List.of(), last(session));
        });
    }

    /** The rows whose key column (as text) is one of the keys, with the columns asked for. */
    public static KeyedRows byKey(Database database, QualifiedName from, String keyColumn, List<String> columns, List<String> keys) {
        String table = quote(from);
        String sql = "select " + table + "." + q(keyColumn) + "::text as key"
                + columns.stream().map(c -> ", " + table + "." + q(c)).collect(Collectors.joining())
                + "\nfrom " + table + "\nwhere " + table + "." + q(keyColumn) + "::text = any(?)\norder by 1";
        return database.read(session -> keyed(session, sql, keyColumn, "rows of " + from + " by " + keyColumn, keys));
    }

    /**
     * For each key, whether its value is null and a digest of it computed by the server: enough to tell equal values
     * from different ones in two databases without ever reading a value (config values hold API keys).
     */
    public static KeyedRows digestsByKey(Database database, QualifiedColumn column, String keyColumn, List<String> keys) {
        String table = quote(column.table());
        String col = table + "." + q(column.column());
        String sql = "select " + table + "." + q(keyColumn) + "::text as key, " + col + " is null as is_null, md5(" + col
                + "::text) as digest\nfrom " + table + "\nwhere " + table + "." + q(keyColumn) + "::text = any(?)\norder by 1";
        return database.read(session -> keyed(session, sql, keyColumn, "values of " + column + " by " + keyColumn, keys));
    }

    private static KeyedRows keyed(ReadOnlySession session, String sql, String keyColumn, String what, List<String> keys) throws SQLException {
        java.sql.Array array = session.arrayOf("text", keys.toArray());
        QueryResult result = run(session, sql, what, array);
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (List<String> row : result.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 1; i < row.size(); i++) {
                cells.put(result.columns().get(i), row.get(i));
            }
            rows.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(cells);
        }
        return new KeyedRows(keyColumn, rows, last(session));
    }

    /**
     * Asks the server whether the condition is one boolean expression over the table, by describing a statement
     * that would read no row; nothing is executed. A syntax or type error names the condition.
     */
    public static void requireCondition(ReadOnlySession session, QualifiedName table, SqlPredicate condition) {
        requireCondition(session, List.of(table), condition);
    }

    /** As {@link #requireCondition(ReadOnlySession, QualifiedName, SqlPredicate)}, over the rows of several tables at once. */
    public static void requireCondition(ReadOnlySession session, List<QualifiedName> tables, SqlPredicate condition) {
        String over = tables.stream().map(QualifiedName::toString).collect(Collectors.joining(" and "));
        String sql = "select " + condition.sql() + " as condition from " + tables.stream().map(IntegrityReader::quote)
                .collect(Collectors.joining(", ")) + " limit 0";
        try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
            dev.releasegate.verifier.db.StatementGuard.require(session, sql, "the condition \"" + condition + "\"");
            ResultSetMetaData meta = statement.getMetaData();
            if (meta.getColumnCount() != 1) {
                throw new ChecklistBroken("the condition \"" + condition + "\" is not one expression over " + over
                        + " in " + session.database() + ": write one boolean expression, such as \"amount > 0\"");
            }
            int type = meta.getColumnType(1);
            if (type != Types.BOOLEAN && type != Types.BIT) {
                throw new ChecklistBroken("the condition \"" + condition + "\" is not a boolean expression over " + over
                        + " in " + session.database() + ": it gives a value of type " + meta.getColumnTypeName(1) + "; write a comparison, such as \"amount > 0\"");
            }
        } catch (SQLException e) {
            throw new ChecklistBroken("the condition \"" + condition + "\" is not a boolean expression over " + over
                    + " in " + session.database() + ": " + serverMessage(e));
        }
    }

    /**
     * Asks the server whether the expression is one value over the table's rows, the same way: a statement that would
     * read no row is described, nothing is executed.
     */
    public static void requireExpression(ReadOnlySession session, QualifiedName table, SqlExpression expression) {
        String sql = "select " + expression.sql() + " as value from " + quote(table) + " limit 0";
        try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
            dev.releasegate.verifier.db.StatementGuard.require(session, sql, "the expression \"" + expression + "\"");
            if (statement.getMetaData().getColumnCount() != 1) {
                throw new ChecklistBroken("the expression \"" + expression + "\" is not one value over " + table + " in "
                        + session.database() + ": write one expression, such as \"lower(email)\"");
            }
        } catch (SQLException e) {
            throw new ChecklistBroken("the expression \"" + expression + "\" is not an expression over " + table + " in "
                    + session.database() + ": " + serverMessage(e));
        }
    }

    private static OffendingRows offending(ReadOnlySession session, String sql, String what, Object... parameters) throws SQLException {
        QueryResult result = run(session, sql, what, parameters);
        long count = result.rows().isEmpty() ? 0 : Long.parseLong(result.rows().get(0).get(0));
        List<String> columns = result.columns().subList(1, result.columns().size());
        List<List<String>> sample = result.rows().stream().map(r -> r.subList(1, r.size())).toList();
        return new OffendingRows(count, columns, sample, last(session));
    }

    private static QueryResult run(ReadOnlySession session, String sql, String what, Object... parameters) {
        try {
            return session.query(sql, parameters);
        } catch (SQLException e) {
            throw new ChecklistBroken("could not read the " + what + " in " + session.database() + ": " + serverMessage(e));
        }
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null && psql.getServerErrorMessage().getMessage() != null) {
            return psql.getServerErrorMessage().getMessage();
        }
        return String.valueOf(e.getMessage());
    }

    private static ExecutedQuery last(ReadOnlySession session) {
        List<ExecutedQuery> executed = session.executed();
        return executed.get(executed.size() - 1);
    }

    private static String columns(String table, List<String> names) {
        return names.stream().map(n -> table + "." + q(n)).collect(Collectors.joining(", "));
    }

    private static String quote(QualifiedName name) {
        return dev.releasegate.verifier.db.SqlIdentifier.quote(name.schema(), name.name());
    }

    private static String q(String identifier) {
        return dev.releasegate.verifier.db.SqlIdentifier.quote(identifier);
    }
}
