package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Promise 1 against SQL a checklist writes: a function that acts outside the read-only transaction is refused before
 * the statement is sent, decided from what the server resolved, not from the text.
 */
class StatementGuardTest {

    private static final String DATABASE = "statement_guard";
    private static Database database;
    private static String url;
    private static String dblinkTarget;
    private static Connection victim;

    @BeforeAll
    static void database() throws SQLException {
        EmbeddedDatabases embedded = VerifierRun.current().embedded();
        List<String> scripts = new ArrayList<>(EmbeddedDatabases.DEMO_SCRIPTS);
        scripts.add("sql/promises/outside-the-transaction.sql");
        url = embedded.createDatabase(DATABASE, scripts);
        dblinkTarget = "host=localhost port=" + embedded.server().port() + " dbname=" + DATABASE + " user=postgres";
        SecretMask mask = new SecretMask();
        database = new Database("guarded", ConnectionTarget.parse(url, mask), mask, 10_000);
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "victim");
        victim = DriverManager.getConnection(url, properties);
    }

    @AfterAll
    static void close() throws SQLException {
        database.close();
        victim.close();
    }

    private static String query(String sql) {
        return database.read(session -> session.queryFromChecklist(sql).rows().get(0).get(0));
    }

    private static ChecklistBroken refused(String sql) {
        try {
            query(sql);
        } catch (ChecklistBroken e) {
            assertThat(e.getMessage()).startsWith("the query was refused, and nothing was sent to guarded (postgresql://postgres@localhost:");
            return e;
        }
        throw new AssertionError("not refused: " + sql);
    }

    private static long superuserCount(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void dblinkExecIsRefusedAndNothingIsWrittenThroughIt() throws SQLException {
        ChecklistBroken e = refused("select dblink_exec('" + dblinkTarget + "', 'insert into public.escape_log(msg) values (''direct'')')");
        assertThat(e.getMessage()).contains("it calls dblink_exec(text,text) from extension dblink: it opens its own connection to a"
                + " database server, where the verifier's read-only transaction does not hold");
        assertThat(superuserCount("select count(*) from public.escape_log")).isZero();
    }

    @Test
    void terminatingAnotherSessionIsRefusedAndTheSessionLives() throws SQLException {
        ChecklistBroken e = refused("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = 'victim'");
        assertThat(e.getMessage()).contains("pg_terminate_backend(integer,bigint): it ends another session");
        try (Statement s = victim.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void aSessionLevelAdvisoryLockIsRefusedAndNoLockIsLeft() throws SQLException {
        ChecklistBroken e = refused("select pg_advisory_lock(42)");
        assertThat(e.getMessage()).contains("pg_advisory_lock(bigint): it takes an advisory lock");
        assertThat(superuserCount("select count(*) from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())")).isZero();
    }

    @Test
    void sequencesTransactionIdsAndSettingsEscapeTheRollback() {
        assertThat(refused("select nextval('public.invoice_numbers')").getMessage())
                .contains("nextval(regclass): it moves a sequence, which a rollback does not undo");
        assertThat(refused("select setval('public.invoice_numbers', 100)").getMessage()).contains("setval(regclass,bigint)");
        assertThat(refused("select txid_current()").getMessage()).contains("txid_current(): it assigns a transaction id");
        assertThat(refused("select set_config('statement_timeout', '0', false)").getMessage())
                .contains("set_config(text,text,boolean): it changes a setting of the session");
        assertThat(refused("select pg_reload_conf()").getMessage()).contains("pg_reload_conf(): it reloads the server's configuration");
        assertThat(refused("select query_to_xml('select 1', true, true, '')").getMessage()).contains("it runs SQL given to it as text");
        assertThat(refused("select lo_export(1, '/tmp/x')").getMessage()).contains("lo_export(oid,text)");
    }

    @Test
    void aPlpgsqlWrapperIsRefusedWhateverItsLabel() throws SQLException {
        assertThat(refused("select public.log_elsewhere('" + dblinkTarget + "')").getMessage())
                .contains("it calls log_elsewhere(text), a plpgsql function: the server cannot show what its body calls");
        assertThat(refused("select public.log_elsewhere_stable('" + dblinkTarget + "')").getMessage())
                .contains("log_elsewhere_stable(text), a plpgsql function");
        assertThat(superuserCount("select count(*) from public.escape_log")).isZero();
    }

    @Test
    void aSqlWrapperIsJudgedByWhatItsBodyCalls() throws SQLException {
        assertThat(refused("select public.log_elsewhere_sql('" + dblinkTarget + "')").getMessage())
                .contains("log_elsewhere_sql(text), which calls dblink_exec(text,text) from extension dblink");
        assertThat(refused("select public.log_elsewhere_atomic('" + dblinkTarget + "')").getMessage())
                .contains("log_elsewhere_atomic(text), which calls dblink_exec(text,text) from extension dblink");
        assertThat(refused("select public.end_sessions_named('victim')").getMessage())
                .contains("end_session(integer), which calls pg_terminate_backend(integer,bigint): it ends another session");
        assertThat(superuserCount("select count(*) from public.escape_log")).isZero();
    }

    @Test
    void operatorsDomainsAggregatesAndDefaultsCountAsWhatTheyCall() {
        assertThat(refused("select 1 operator(public.===) 2").getMessage())
                .contains("operator ===(integer,integer), which calls equal_and_log(integer,integer), a plpgsql function");
        assertThat(refused("select 5::public.positive_int").getMessage())
                .contains("domain positive_int, which calls positive_and_log(integer), a plpgsql function");
        assertThat(refused("select public.plsum(x) from generate_series(1, 3) x").getMessage())
                .contains("plsum(integer), which calls sum_step(bigint,integer), a plpgsql function");
        assertThat(refused("select public.stamp()").getMessage()).contains("stamp(text), which calls log_elsewhere(text), a plpgsql function");
    }

    @Test
    void callsHiddenInSubSelectsCtesFiltersAndExplainAreFound() {
        refused("with x as (select pg_advisory_lock(7) as l) select count(*) from x");
        refused("select count(*) from trackpay_users where exists (select pg_advisory_lock(8))");
        refused("select email from trackpay_users order by pg_try_advisory_lock(9) limit 1");
        refused("select 1 as \":funcid\", pg_advisory_lock(10) as \":funcid 2114\"");
        assertThatThrownBy(() -> database.read(s -> s.queryFromChecklist("explain analyze select pg_advisory_lock(11)")))
                .hasMessageContaining("pg_advisory_lock(bigint)");
        assertThatThrownBy(() -> database.read(s -> s.queryFromChecklist("explain (analyze, format json) select pg_advisory_lock(12)")))
                .hasMessageContaining("pg_advisory_lock(bigint)");
    }

    @Test
    void aFunctionNamedInAStringOrACommentIsNoCall() {
        assertThat(query("select 'pg_terminate_backend(1), dblink_exec(x)' /* pg_advisory_lock(1) */ as note -- nextval('s')\n"))
                .isEqualTo("pg_terminate_backend(1), dblink_exec(x)");
        assertThat(query("select count(*) from trackpay_users where name <> 'dblink_exec(''a'', ''b'')'")).isEqualTo("6");
    }

    @Test
    void whatAChecklistReasonablyCallsKeepsWorking() {
        assertThat(query("select count(*) from (select now(), clock_timestamp(), random(), gen_random_uuid(), statement_timestamp(),"
                + " md5('x'), coalesce(null, 1), greatest(1, 2), pg_sleep(0), current_setting('server_version'),"
                + " pg_total_relation_size('trackpay_users'), pg_backend_pid()) x")).isEqualTo("1");
        assertThat(query("select sum(hourly_rate)::text || '/' || count(*) || '/' || string_agg(role, ',' order by role)"
                + " from trackpay_users where created_at < now() + interval '1 day'")).startsWith("190.00/6/client");
        assertThat(query("select auth.uid() is null")).isEqualTo("true");
        assertThat(query("select public.relationship_count() = (select count(*) from trackpay_relationships)")).isEqualTo("true");
        assertThat(query("select public.add_vat(10) + public.cents(1.5)")).isEqualTo("162.00");
        assertThat(query("select relationships > 0 from public.relationship_summary")).isEqualTo("true");
        assertThat(query("show server_version")).isNotBlank();
        // the same statement twice: the driver describes it again rather than answering from a cache
        assertThat(query("select 'twice'")).isEqualTo("twice");
        assertThat(query("select 'twice'")).isEqualTo("twice");
    }

    @Test
    void aStatementTheServerCannotReadFailsWithTheServersMessage() {
        assertThatThrownBy(() -> query("select * from no_such_table")).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("42P01").hasMessageContaining("relation \"no_such_table\" does not exist");
        assertThatThrownBy(() -> query("select from where")).hasMessageContaining("42601");
    }

    @Test
    void theGuardLeavesNoSettingBehindInTheTransaction() {
        List<String> settings = database.read(session -> {
            session.queryFromChecklist("select 1");
            return session.query("select current_setting('debug_print_parse'), current_setting('client_min_messages'),"
                    + " current_setting('transaction_read_only')").rows().get(0);
        });
        assertThat(settings).containsExactly("off", "notice", "on");
    }

    @Test
    void probesAreGuardedAndTheFunctionUnderTestRuns() {
        Optional<RequestIdentity> anon = Optional.of(RequestIdentity.role("authenticated"));
        assertThatThrownBy(() -> RoleProbe.run(database.alone(false), anon, "select pg_advisory_lock(13)", List.of()))
                .isInstanceOf(ChecklistBroken.class).hasMessageContaining("pg_advisory_lock(bigint)");
        // @writes does not open the door either: dblink would commit on its own connection
        assertThatThrownBy(() -> RoleProbe.run(database.alone(true), anon, "select dblink_exec('" + dblinkTarget + "', 'select 1')", List.of()))
                .isInstanceOf(ChecklistBroken.class).hasMessageContaining("dblink_exec(text,text)");
        long function = database.read(s -> Long.parseLong(s.query(
                "select 'public.delete_client_relationship_safely(uuid)'::regprocedure::oid::int8").rows().get(0).get(0)));
        ProbeOutcome called = RoleProbe.call(database.alone(false), anon, function,
                "select * from public.delete_client_relationship_safely(cast(? as uuid))", List.of("00000000-0000-0000-0000-000000000000"));
        assertThat(called.error()).hasValueSatisfying(error -> assertThat(error.message()).isEqualTo("Not authenticated"));
        long wrapper = database.read(s -> Long.parseLong(s.query(
                "select 'public.log_elsewhere_sql(text)'::regprocedure::oid::int8").rows().get(0).get(0)));
        assertThatThrownBy(() -> RoleProbe.call(database.alone(false), anon, wrapper, "select * from public.log_elsewhere_sql(cast(? as text))",
                List.of(dblinkTarget))).hasMessageContaining("which calls dblink_exec(text,text)");
        long builtIn = database.read(s -> Long.parseLong(s.query(
                "select 'pg_terminate_backend(integer,bigint)'::regprocedure::oid::int8").rows().get(0).get(0)));
        assertThatThrownBy(() -> RoleProbe.call(database.alone(false), anon, builtIn, "select * from pg_terminate_backend(cast(? as integer))",
                List.of(1))).hasMessageContaining("it ends another session");
    }

    @Test
    void refusalsAreChecklistErrorsWithoutAStackTrace() {
        ChecklistBroken e = refused("select pg_cancel_backend(1)");
        assertThat(e.isConfiguration()).isFalse();
        assertThat(e.getStackTrace()).isEmpty();
        assertThat(e.getMessage()).contains("pg_cancel_backend(integer): it cancels another session's statement")
                .contains("a function under test is called with When I call");
    }

    @Test
    void theServersTreeIsReadLikePostgresReadsIt() {
        ParseTree tree = ParseTree.read("({QUERY :commandType 1 :utilityStmt <> :targetList ({TARGETENTRY :expr {FUNCEXPR :funcid 2626"
                + " :args <>} :resno 1 :resname :funcid :ressortgroupref 0} {TARGETENTRY :expr {CONST :constvalue 4 [ 1 0 0 0 ]}"
                + " :resname x\\ :funcid\\\n 99 :ressortgroupref 0}) :sortClause ({SORTGROUPCLAUSE :eqop 96 :sortop 97})"
                + " :quals {ROWCOMPAREEXPR :opnos (o 521 523) :inputcollids (o 0 0)} :x {PARAM :paramkind 0 :paramid 1 :paramtype 23}"
                + " :y {COERCETODOMAIN :arg {CONST} :resulttype 16500}})");
        assertThat(tree.functions()).containsExactly(2626L);
        assertThat(tree.operators()).containsExactlyInAnyOrder(96L, 97L, 521L, 523L);
        assertThat(tree.domains()).containsExactly(16500L);
        assertThat(tree.parameterTypes()).isEqualTo(Map.of(1, 23L));
        assertThat(tree.queries()).isEqualTo(1);
        assertThat(tree.utility()).isFalse();
    }
}
