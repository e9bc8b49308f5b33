package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.ObjectName;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.RowTally;
import dev.releasegate.verifier.catalog.SqlExpression;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.SqlPredicate;
import io.cucumber.java.DocStringType;
import io.cucumber.java.ParameterType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Every word of the vocabulary that has a fixed meaning becomes a Java type here, once; unknown words fail here. */
public final class ParameterTypes {

    private static final String QUOTED = "\"([^\"]*)\"";
    /** Quoted, with {@code \"} for a double quote inside: conditions and expressions. */
    private static final String ESCAPED = "\"((?:[^\"\\\\]|\\\\.)*)\"";

    private final VerifierRun run;

    public ParameterTypes(ScenarioContext context) {
        this.run = context.run();
    }

    private String expand(String text) {
        return run.values().expand(text);
    }

    /**
     * Quoted text, with {@code ${...}} expanded: a value, a message, a version, a call. {@code \"} writes a double
     * quote inside it (a call naming {@code the id of user \"alice@example.com\"}); single quotes work as well.
     */
    @ParameterType(name = "text", value = "\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'")
    public String text(String doubleQuoted, String singleQuoted) {
        return expand(doubleQuoted != null ? doubleQuoted.replace("\\\"", "\"") : singleQuoted);
    }

    /** A count of rows or tables: a whole number, at least 0 ({@code 1_000} and {@code 1,000} read as 1000). */
    @ParameterType(name = "count", value = "-?\\d[\\d_,]*")
    public long countWord(String text) {
        return count(text);
    }

    static long count(String text) {
        String digits = text.trim().replace("_", "").replace(",", "");
        if (!digits.matches("-?\\d+")) {
            throw new ChecklistBroken("'" + text + "' is not a row count: write a whole number");
        }
        if (digits.startsWith("-")) {
            throw new ChecklistBroken("'" + text + "' is not a row count: a count is 0 or more");
        }
        if (digits.length() > 18) {
            throw new ChecklistBroken("'" + text + "' is not a row count this verifier can check: write at most 18 digits");
        }
        return Long.parseLong(digits);
    }

    /** A table, view, enum or bucket name: {@code "trackpay_users"}, {@code "auth.users"}. */
    @ParameterType(name = "name", value = QUOTED)
    public QualifiedName name(String text) {
        return QualifiedName.parse(expand(text), run.defaultSchema());
    }

    /** SQL LIKE on unqualified names: {@code "trackpay_%"}, {@code "audit.%"}. */
    @ParameterType(name = "pattern", value = QUOTED)
    public NamePattern pattern(String text) {
        return NamePattern.parse(expand(text), run.defaultSchema());
    }

    @ParameterType(name = "function", value = QUOTED)
    public FunctionSignature function(String text) {
        return FunctionSignature.parse(expand(text), run.defaultSchema());
    }

    /** A configured database name: {@code "production"}. */
    @ParameterType(name = "database", value = QUOTED)
    public String database(String text) {
        return expand(text);
    }

    @ParameterType(name = "schema", value = QUOTED)
    public String schema(String text) {
        return expand(text);
    }

    @ParameterType(name = "role", value = QUOTED)
    public String roleName(String text) {
        return role(expand(text));
    }

    /** PUBLIC, in any case, is every role: PostgreSQL's privilege functions accept it as the role "public". */
    static String role(String name) {
        return name.equalsIgnoreCase("public") ? "public" : name;
    }

    /** RESTRICT, CASCADE, SET NULL, SET DEFAULT, NO ACTION, in any case. */
    @ParameterType(name = "rule", value = "[A-Za-z]+(?: [A-Za-z]+)?")
    public ForeignKeyRule rule(String text) {
        return ForeignKeyRule.fromWords(text);
    }

    /** SELECT, INSERT, UPDATE, DELETE, ALL, in any case. */
    @ParameterType(name = "command", value = "[A-Za-z]+")
    public PolicyCommand command(String text) {
        return PolicyCommand.fromWord(text);
    }

    /** A boolean SQL condition from the checklist, {@code "amount <= 0"}; {@code \"} writes a double quote inside it. */
    @ParameterType(name = "predicate", value = "\"((?:[^\"\\\\]|\\\\.)*)\"")
    public SqlPredicate predicate(String text) {
        return SqlPredicate.parse(expand(text.replace("\\\"", "\"")));
    }

    /** A column with its table: {@code "users.email"}, {@code "auth.users.email"}. */
    @ParameterType(name = "tableColumn", value = QUOTED)
    public QualifiedColumn tableColumn(String text) {
        return QualifiedColumn.parse(expand(text), run.defaultSchema());
    }

    /** One column name, or several separated by commas for a composite reference: {@code "chama_id"}, {@code "a, b"}. */
    @ParameterType(name = "columnList", value = QUOTED)
    public List<String> columnList(String text) {
        List<String> columns = TableCells.commaList(expand(text));
        if (columns.isEmpty()) {
            throw new ChecklistBroken("no column named: write a column name, such as \"chama_id\", or several separated by commas");
        }
        return columns;
    }

    /** Columns in parentheses, in order: {@code (account_id, user_id)}. */
    @ParameterType(name = "columnTuple", value = "\\(([^)]*)\\)")
    public List<String> columnTuple(String text) {
        List<String> columns = TableCells.commaList(expand(text)).stream().map(c -> c.replace("\"", "")).toList();
        if (columns.isEmpty()) {
            throw new ChecklistBroken("no column named in the parentheses: write them in key order, such as (account_id, user_id)");
        }
        return columns;
    }

    /** One column name: {@code "config_key"}. */
    @ParameterType(name = "columnName", value = QUOTED)
    public String columnName(String text) {
        String column = expand(text).trim();
        if (column.isEmpty() || column.contains(",")) {
            throw new ChecklistBroken("\"" + column + "\" is not one column name: write one, such as \"config_key\"");
        }
        return column;
    }

    /** The name of a row count record, a file under the baselines folder: {@code "pre-cutover"}. */
    @ParameterType(name = "record", value = QUOTED)
    public String record(String text) {
        return expand(text).trim();
    }

    /** A PostgreSQL regular expression, matched with {@code ~}. */
    @ParameterType(name = "valuePattern", value = QUOTED)
    public String valuePattern(String text) {
        return expand(text);
    }

    /** What a privilege is held on: a table, view or sequence, or a function signature. */
    @ParameterType(name = "object", value = QUOTED)
    public ObjectName object(String text) {
        return ObjectName.parse(expand(text), run.defaultSchema());
    }

    /** An SQL expression over a table's rows: {@code "lower(email)"}; {@code \"} writes a double quote inside it. */
    @ParameterType(name = "expression", value = "\"((?:[^\"\\\\]|\\\\.)*)\"")
    public SqlExpression expression(String text) {
        return new SqlExpression(expand(text.replace("\\\"", "\"")));
    }

    /**
     * What a dependent count counts: {@code the number of rows of "diners"}, {@code the number of distinct "lower(email)"
     * in "customers" where "email is not null"}.
     */
    @ParameterType(name = "tally", value = "the number of (?:rows of " + QUOTED + "|distinct " + ESCAPED + " in " + QUOTED + ")(?: where "
            + ESCAPED + ")?")
    public RowTally tally(String rowsOf, String distinct, String distinctIn, String where) {
        QualifiedName table = name(rowsOf != null ? rowsOf : distinctIn);
        return new RowTally(table, Optional.ofNullable(distinct).map(this::expression),
                Optional.ofNullable(where).map(this::predicate));
    }

    /** A tolerance relative to the first database's value: {@code 0.5%}. */
    @ParameterType(name = "percent", value = "(\\d+(?:\\.\\d+)?) ?%")
    public BigDecimal percent(String number) {
        return new BigDecimal(number);
    }

    /** An age: {@code 2 hours}, {@code 30 minutes}, {@code 1 day}, {@code 90 seconds}, {@code 1 week}. */
    @ParameterType(name = "duration", value = "(\\d[\\d_,]*) (second|minute|hour|day|week)s?")
    public Duration duration(String amount, String unit) {
        long n = count(amount);
        ChronoUnit chrono = switch (unit) {
            case "second" -> ChronoUnit.SECONDS;
            case "minute" -> ChronoUnit.MINUTES;
            case "hour" -> ChronoUnit.HOURS;
            case "day" -> ChronoUnit.DAYS;
            default -> ChronoUnit.WEEKS;
        };
        if (n > 1000L * 366 * 86_400 / chrono.getDuration().getSeconds()) {
            throw new ChecklistBroken("'" + amount + " " + unit + "s' is longer than this verifier checks: write at most 1000 years");
        }
        return chrono.getDuration().multipliedBy(n);
    }

    /** Privileges written in a sentence: {@code SELECT, INSERT} or {@code ALL}. */
    @ParameterType(name = "privileges", value = "[A-Za-z](?:[A-Za-z ,]*[A-Za-z])?")
    public PrivilegeWords privileges(String text) {
        return PrivilegeWords.parse(text);
    }

    /** The doc string of {@code When I query:}. */
    @DocStringType
    public QueryText query(String sql) {
        return new QueryText(expand(sql));
    }
}
