package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.ServerVersion;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLWarning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Refuses SQL a checklist wrote (a query, a condition, a probe) before it is sent, unless every function it would
 * call stays inside the verifier's read-only transaction. A function like {@code dblink_exec} opens its own
 * connection, {@code pg_terminate_backend} acts on another session, {@code pg_advisory_lock} and {@code nextval}
 * leave what they did behind after the rollback: a read-only transaction holds none of them back.
 *
 * <p>The rule, and why:
 * <ol>
 * <li>What a statement calls is the server's answer, not a reading of its text. Inside a savepoint, with
 *     {@code debug_print_parse} on and {@code client_min_messages} at LOG, the statement is parsed and described,
 *     never planned or run, and the server sends back its analysed tree, where every function it resolved is an OID
 *     (see {@link ParseTree}). A name inside a string or a comment is no call. EXPLAIN would be too late: the planner
 *     already runs IMMUTABLE and STABLE functions while it folds constants and estimates, and a function of the
 *     database can lie about its volatility.</li>
 * <li>PostgreSQL's own and extensions' functions are judged by {@link KnownFunctions}: their declared volatility is
 *     trusted; VOLATILE ones pass only when known to stay inside ({@code random()}, {@code clock_timestamp()},
 *     {@code gen_random_uuid()}, {@code pg_sleep()}, sizes...).</li>
 * <li>The database's own functions: a declared volatility is a promise nobody checks (a STABLE PL/pgSQL function may
 *     call {@code dblink_exec}), so the body is judged, not the label. A SQL function's body is shown by the server
 *     too (the tree it stored for a {@code BEGIN ATOMIC} body; otherwise its text parsed like a statement, with the
 *     function's own {@code SET} options, and accepted only if the server read every {@code $n} as the type the
 *     function declares), and every function in it is judged by the same rules, to any depth. A body the server
 *     cannot show (PL/pgSQL, C, any other language; a SQL body that names its arguments) is refused: nothing proves
 *     it stays inside.</li>
 * <li>The function a checklist calls by name ({@code When I call}) is the subject under test, run the way the
 *     application runs it: its body is judged when the server can show it and allowed when it cannot.</li>
 * </ol>
 * Operators count as their functions, aggregates of the database as their support functions, casts to a domain as
 * its CHECK expressions, argument defaults as what they call; a statement the server expands with a sequence's
 * {@code nextval} is refused. Views and row level security policies the statement reads through are not judged: they
 * are the database's own definitions, run for every client that reads those relations, and the tree is taken before
 * the server expands them.
 */
public final class StatementGuard {

    private static final String SAVEPOINT = "verifier_statement_guard";
    /** Functions judged per statement, bodies included, before giving up: a deeper call graph is refused, not trusted. */
    private static final int MOST_FUNCTIONS = 500;

    private StatementGuard() {
    }

    /**
     * Returns when every function {@code sql} would call stays inside the transaction; otherwise throws a
     * {@link ChecklistBroken} naming each function and why, and nothing was run. An SQL error the server raised while
     * reading the statement (a syntax error, an unknown table) is thrown as it is: running the statement would raise
     * it too, before running anything.
     *
     * @param what how the message names the statement: "the query", "the condition \"amount > 0\""
     */
    public static void require(ReadOnlySession session, String sql, String what) throws SQLException {
        require(session, sql, what, OptionalLong.empty());
    }

    /** As {@link #require(ReadOnlySession, String, String)}, for a statement that calls {@code subject}, the function under test. */
    static void require(ReadOnlySession session, String sql, String what, OptionalLong subject) throws SQLException {
        ParseTree tree = analyse(session, sql, List.of());
        if (tree.utility()) {
            tree = utility(session, sql, what);
        }
        List<String> refusals = new Judgement(session, subject).refusals(tree);
        if (!refusals.isEmpty()) {
            throw new ChecklistBroken(what + " was refused, and nothing was sent to " + session.database() + " (" + session.maskedUrl()
                    + "): it calls " + String.join("; and ", refusals) + ". SQL in a checklist may only call functions that stay"
                    + " inside the verifier's read-only transaction: built-in functions that compute or read (now(), count(*),"
                    + " random(), gen_random_uuid(), ...) and the database's SQL functions made of them; a function under test"
                    + " is called with When I call");
        }
    }

    /** SHOW reads a setting; EXPLAIN is judged by the statement it explains (EXPLAIN ANALYZE runs it); nothing else is a query. */
    private static ParseTree utility(ReadOnlySession session, String sql, String what) throws SQLException {
        int start = skipSpace(sql, 0);
        String first = word(sql, start);
        if (first.equals("show")) {
            return ParseTree.EMPTY;
        }
        if (first.equals("explain")) {
            ParseTree explained = analyse(session, explainedStatement(sql, start + first.length()), List.of());
            if (!explained.utility()) {
                return explained;
            }
        }
        throw new ChecklistBroken(what + " was refused, and nothing was sent to " + session.database() + ": it is not a query"
                + " (only select, with, values, table, show and explain statements are run)");
    }

    /** The statement after EXPLAIN's options: "(analyze, format json)", or the older ANALYZE and VERBOSE words. */
    static String explainedStatement(String sql, int from) {
        int i = skipSpace(sql, from);
        if (i < sql.length() && sql.charAt(i) == '(') {
            int depth = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"') {
                    int end = SqlLexer.endOfQuoted(sql, i, c, false);
                    i = end == SqlLexer.UNTERMINATED ? sql.length() : end;
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    i++;
                    break;
                }
                i++;
            }
        }
        while (true) {
            i = skipSpace(sql, i);
            String word = word(sql, i);
            if (!Set.of("analyze", "analyse", "verbose").contains(word)) {
                return sql.substring(Math.min(i, sql.length()));
            }
            i += word.length();
        }
    }

    private static int skipSpace(String sql, int from) {
        int i = from;
        while (i < sql.length()) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = SqlLexer.endOfBlockComment(sql, i);
                i = end == SqlLexer.UNTERMINATED ? sql.length() : end;
            } else {
                break;
            }
        }
        return i;
    }

    private static String word(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /**
     * The server's analysed tree of {@code sql}: parsed and described inside a savepoint with {@code settings}
     * (name=value) in effect, never run; the savepoint is rolled back, so neither the settings nor anything else
     * outlive the call.
     */
    private static ParseTree analyse(ReadOnlySession session, String sql, List<String> settings) throws SQLException {
        SQLException failure = null;
        try {
            // one round trip: the savepoint and the settings
            StringBuilder set = new StringBuilder("savepoint " + SAVEPOINT + "; select set_config('client_min_messages', 'log', true),"
                    + " set_config('debug_print_parse', 'on', true), set_config('debug_pretty_print', 'off', true)");
            List<Object> values = new ArrayList<>();
            for (String setting : settings) {
                int eq = setting.indexOf('=');
                set.append(", set_config(?, ?, true)");
                values.add(setting.substring(0, eq));
                values.add(setting.substring(eq + 1));
            }
            session.internal(set.toString(), values.toArray());
            session.counted();
            try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
                statement.getMetaData();
                ParseTree tree = ParseTree.EMPTY;
                for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
                    if (warning instanceof PSQLWarning log && log.getServerErrorMessage() != null
                            && String.valueOf(log.getServerErrorMessage().getMessage()).startsWith("parse tree")) {
                        tree = tree.plus(ParseTree.read(log.getServerErrorMessage().getDetail()));
                    }
                }
                if (tree.queries() == 0) {
                    throw new ChecklistBroken("nothing was sent to " + session.database() + ": the server did not show what the"
                            + " statement calls (the verifier asks with debug_print_parse and client_min_messages = log), so the"
                            + " verifier cannot know it stays inside the read-only transaction");
                }
                return tree;
            }
        } catch (SQLException e) {
            failure = e;
            throw e;
        } finally {
            try {
                session.internal("rollback to savepoint " + SAVEPOINT + "; release savepoint " + SAVEPOINT);
            } catch (SQLException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * A SQL function's body with each {@code $n} (outside literals, quoted names and comments) replaced by
     * {@code (NULL::type)}, the type the function declares for argument n; a {@code $n} beyond them is left for the
     * server to refuse.
     */
    static String withArgumentsAsTypedNulls(String body, List<String> types) {
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            int end = i + 1;
            if (c == '-' && body.startsWith("--", i)) {
                end = body.indexOf('\n', i);
                end = end < 0 ? body.length() : end;
            } else if (c == '/' && body.startsWith("/*", i)) {
                end = SqlLexer.endOfBlockComment(body, i);
            } else if (c == '\'' || c == '"') {
                end = SqlLexer.endOfQuoted(body, i, c, c == '\'' && SqlLexer.opensEscapeString(body, i));
            } else if (c == '$' && SqlLexer.dollarTag(body, i) != null) {
                end = SqlLexer.endOfDollarQuoted(body, i, SqlLexer.dollarTag(body, i));
            } else if (c == '$' && (i == 0 || !SqlLexer.isIdentifierPart(body.charAt(i - 1)))) {
                int digits = i + 1;
                while (digits < body.length() && Character.isDigit(body.charAt(digits))) {
                    digits++;
                }
                if (digits > i + 1 && digits - i < 6) {
                    int n = Integer.parseInt(body.substring(i + 1, digits));
                    if (n >= 1 && n <= types.size()) {
                        out.append("(NULL::").append(types.get(n - 1)).append(')');
                        i = digits;
                        continue;
                    }
                }
            }
            end = end == SqlLexer.UNTERMINATED ? body.length() : end;
            out.append(body, i, end);
            i = end;
        }
        return out.toString();
    }

    /** Follows every function a tree calls, through bodies, operators, aggregates, domains and defaults; collects the refusals. */
    private static final class Judgement {

        private final ReadOnlySession session;
        private final OptionalLong subject;
        /** Functions waiting to be judged, with the function whose body (or default, or operator) called them. */
        private final Map<Long, String> pending = new LinkedHashMap<>();
        private final Set<Long> seen = new HashSet<>();
        private final Set<Long> domainsSeen = new HashSet<>();
        private final List<String> refusals = new ArrayList<>();

        Judgement(ReadOnlySession session, OptionalLong subject) {
            this.session = session;
            this.subject = subject;
        }

        List<String> refusals(ParseTree tree) throws SQLException {
            follow(tree, null);
            while (!pending.isEmpty()) {
                if (seen.size() > MOST_FUNCTIONS) {
                    refusals.add("more than " + MOST_FUNCTIONS + " functions through the bodies of the database's functions,"
                            + " more than the verifier follows");
                    break;
                }
                Map<Long, String> batch = new LinkedHashMap<>(pending);
                pending.clear();
                seen.addAll(batch.keySet());
                for (CalledFunction function : functions(batch.keySet())) {
                    judge(function, batch.get(function.oid()));
                }
            }
            return refusals;
        }

        private void follow(ParseTree tree, String caller) throws SQLException {
            if (tree.nextValue()) {
                refusals.add(prefix(caller) + "nextval() on a sequence: it moves the sequence, which a rollback does not undo");
            }
            tree.functions().forEach(oid -> enqueue(oid, caller));
            for (Map.Entry<Long, String> operator : operatorFunctions(tree.operators()).entrySet()) {
                enqueue(operator.getKey(), caller == null ? operator.getValue() : caller);
            }
            Set<Long> domains = new HashSet<>(tree.domains());
            domains.removeAll(domainsSeen);
            domainsSeen.addAll(domains);
            for (Map.Entry<String, String> check : domainChecks(domains)) {
                follow(ParseTree.read(check.getValue()), caller == null ? check.getKey() : caller);
            }
        }

        private void enqueue(long oid, String caller) {
            if (oid != 0 && !seen.contains(oid)) {
                pending.putIfAbsent(oid, caller);
            }
        }

        private void judge(CalledFunction function, String caller) throws SQLException {
            if (function.trusted()) {
                KnownFunctions.refusal(function).ifPresent(reason -> refusals.add(prefix(caller) + function.describe() + ": " + reason));
                return;
            }
            String name = function.signature();
            if (function.argumentDefaults() != null) {
                follow(ParseTree.read(function.argumentDefaults()), name);
            }
            boolean underTest = subject.isPresent() && subject.getAsLong() == function.oid();
            if (function.kind() == 'a') {
                aggregateSupport(function.oid()).forEach(oid -> enqueue(oid, name));
                return;
            }
            if (!function.language().equals("sql")) {
                if (!underTest) {
                    refusals.add(prefix(caller) + function.describe() + ": the server cannot show what its body calls, so nothing"
                            + " proves it stays inside the transaction");
                } else {
                    refuseNamedInBody(function, caller);
                }
                return;
            }
            Optional<ParseTree> body;
            String unreadable;
            if (function.sqlBody() != null) {
                body = Optional.of(ParseTree.read(function.sqlBody()));
                unreadable = null;
            } else {
                try {
                    // the driver numbers parameters itself, so the body's $1, $2 become typed NULLs: the same types,
                    // so the server resolves every call in the body as it does when the function runs
                    ParseTree parsed = analyse(session, withArgumentsAsTypedNulls(function.source(), function.argumentTypeNames()),
                            function.settings());
                    unreadable = arguments(function, parsed);
                    body = unreadable == null ? Optional.of(parsed) : Optional.empty();
                } catch (SQLException | ChecklistBroken e) {
                    if (session.connection().isClosed()) {
                        throw e;
                    }
                    unreadable = "the server could not read its body on its own (" + serverMessage(e) + ")";
                    body = Optional.empty();
                }
            }
            if (body.isPresent()) {
                follow(body.get(), name);
            } else if (!underTest) {
                refusals.add(prefix(caller) + function.describe() + ": " + unreadable + ", so nothing proves it stays inside the transaction");
            } else {
                refuseNamedInBody(function, caller);
            }
        }

        /** A function under test runs although its body cannot be shown, unless that body names what acts outside. */
        private void refuseNamedInBody(CalledFunction function, String caller) {
            KnownFunctions.namedInBody(function.source()).ifPresent(named -> refusals.add(prefix(caller) + function.describe()
                    + ": its body, which the server cannot show, names " + named + ", which acts outside the transaction; a function"
                    + " under test may run a body the verifier cannot see, but not one that names such a function"));
        }

        /** Null when the server read the body's parameters as the types the function declares; otherwise why not. */
        private static String arguments(CalledFunction function, ParseTree body) {
            if (body.utility()) {
                return "its body holds a statement that is not a query";
            }
            for (Map.Entry<Integer, Long> parameter : body.parameterTypes().entrySet()) {
                int index = parameter.getKey() - 1;
                if (index < 0 || index >= function.argumentTypes().size() || !function.argumentTypes().get(index).equals(parameter.getValue())) {
                    return "the server read its body's $" + parameter.getKey() + " as another type than the function declares";
                }
            }
            return null;
        }

        private static String prefix(String caller) {
            return caller == null ? "" : caller + ", which calls ";
        }

        private List<CalledFunction> functions(Set<Long> oids) throws SQLException {
            boolean atomicBodies = session.connection().unwrap(BaseConnection.class).haveMinimumServerVersion(ServerVersion.v14);
            String sql = "select p.oid::int8, n.nspname, p.proname, p.oid::regprocedure::text, p.provolatile::text, l.lanname,"
                    + " p.prokind::text, p.oid < 16384, (select e.extname from pg_depend d join pg_extension e on e.oid = d.refobjid"
                    + " where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.refclassid = 'pg_extension'::regclass"
                    + " and d.deptype = 'e' limit 1), p.prosrc, " + (atomicBodies ? "p.prosqlbody::text" : "null::text")
                    + ", p.proconfig, p.proargtypes::text, p.proargdefaults::text, array(select t::regtype::text from"
                    + " unnest(p.proargtypes) with ordinality u(t, n) order by n)"
                    + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang"
                    + " where p.oid::int8 = any(?)";
            List<CalledFunction> functions = new ArrayList<>();
            try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
                statement.setArray(1, session.connection().createArrayOf("int8", oids.toArray()));
                session.counted();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Array config = rs.getArray(12);
                        List<String> settings = config == null ? List.of() : Arrays.asList((String[]) config.getArray());
                        String types = rs.getString(13);
                        List<Long> argumentTypes = types == null || types.isBlank() ? List.of()
                                : Arrays.stream(types.trim().split("\\s+")).map(Long::parseLong).toList();
                        functions.add(new CalledFunction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5).charAt(0), rs.getString(6), rs.getString(7).charAt(0), rs.getBoolean(8),
                                rs.getString(9), rs.getString(10), rs.getString(11), settings, argumentTypes, rs.getString(14),
                                Arrays.asList((String[]) rs.getArray(15).getArray())));
                    }
                }
            }
            return functions;
        }

        /** The functions that implement these operators -> "operator public.===(integer,integer)". */
        private Map<Long, String> operatorFunctions(Set<Long> operators) throws SQLException {
            return named("select o.oprcode::oid::int8, 'operator ' || o.oid::regoperator::text from pg_operator o"
                    + " where o.oid::int8 = any(?)", operators);
        }

        private List<Long> aggregateSupport(long aggregate) throws SQLException {
            List<Long> functions = new ArrayList<>();
            for (List<Long> row : oidRows("select a.aggtransfn::oid::int8, a.aggfinalfn::oid::int8, a.aggcombinefn::oid::int8,"
                    + " a.aggserialfn::oid::int8, a.aggdeserialfn::oid::int8, a.aggmtransfn::oid::int8, a.aggminvtransfn::oid::int8,"
                    + " a.aggmfinalfn::oid::int8 from pg_aggregate a where a.aggfnoid::oid::int8 = any(?)", Set.of(aggregate))) {
                functions.addAll(row);
            }
            return functions;
        }

        /** "domain public.positive_int" -> its CHECK expression (as a tree), for these domains and those they are built on. */
        private List<Map.Entry<String, String>> domainChecks(Set<Long> domains) throws SQLException {
            List<Map.Entry<String, String>> checks = new ArrayList<>();
            if (domains.isEmpty()) {
                return checks;
            }
            String sql = "with recursive d(oid) as (select unnest(?::int8[])::oid union select t.typbasetype from pg_type t"
                    + " join d on t.oid = d.oid where t.typtype = 'd') select 'domain ' || c.contypid::regtype::text, c.conbin::text"
                    + " from pg_constraint c where c.contypid in (select oid from d) and c.contype = 'c'";
            try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
                statement.setArray(1, session.connection().createArrayOf("int8", domains.toArray()));
                session.counted();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        checks.add(Map.entry(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return checks;
        }

        /** First column an OID, second a name, for these OIDs. */
        private Map<Long, String> named(String sql, Set<Long> oids) throws SQLException {
            Map<Long, String> named = new LinkedHashMap<>();
            if (oids.isEmpty()) {
                return named;
            }
            try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
                statement.setArray(1, session.connection().createArrayOf("int8", oids.toArray()));
                session.counted();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        named.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return named;
        }

        private List<List<Long>> oidRows(String sql, Set<Long> oids) throws SQLException {
            List<List<Long>> rows = new ArrayList<>();
            try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
                statement.setArray(1, session.connection().createArrayOf("int8", oids.toArray()));
                session.counted();
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Long> row = new ArrayList<>(columns);
                        for (int i = 1; i <= columns; i++) {
                            row.add(rs.getLong(i));
                        }
                        rows.add(row);
                    }
                }
            }
            return rows;
        }

        private static String serverMessage(Exception e) {
            if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null && psql.getServerErrorMessage().getMessage() != null) {
                return psql.getServerErrorMessage().getMessage();
            }
            return String.valueOf(e.getMessage());
        }
    }
}
