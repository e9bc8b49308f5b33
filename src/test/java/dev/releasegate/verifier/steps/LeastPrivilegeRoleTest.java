package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.db.ConnectionTarget;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.SecretMask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped least-privilege role (src/main/resources/sql/verifier-role.sql) runs the whole TrackPay checklist:
 * with its optional BYPASSRLS, every item; without it, every item but the row counts of tables under row level
 * security, which are broken saying so rather than counting only the rows the role may see. And the role cannot
 * write, whatever transaction it opens.
 */
class LeastPrivilegeRoleTest {

    private static final String ROLE = "migration_verifier";
    private static String staging;
    private static String production;

    @BeforeAll
    static void databases() {
        staging = Checklists.trackpay("least_privilege_staging");
        production = Checklists.trackpay("least_privilege_production");
        VerifierRun.current().embedded().applyScripts("least_privilege_staging", List.of("sql/verifier-role.sql", "sql/verifier-role.sql"));
        superuser(staging, "alter role " + ROLE + " nobypassrls");
    }

    private static String asRole(String url) {
        return url.replace("user=postgres", "user=" + ROLE);
    }

    private static void superuser(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRoleIsNeitherSuperuserNorBypassesRowLevelSecurityNorCreatesAnything() throws SQLException {
        SecretMask mask = new SecretMask();
        try (Database database = new Database("staging", ConnectionTarget.parse(asRole(staging), mask), mask, 10_000)) {
            assertThat(database.sessionRole()).isEqualTo(new Database.SessionRole(ROLE, false, false));
        }
        try (Connection c = DriverManager.getConnection(staging); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls,"
                     + " has_database_privilege('" + ROLE + "', current_database(), 'CREATE'),"
                     + " has_schema_privilege('" + ROLE + "', 'public', 'CREATE'),"
                     + " (select setconfig from pg_db_role_setting where setrole = r.oid and setdatabase = 0)::text"
                     + " from pg_roles r where rolname = '" + ROLE + "'")) {
            assertThat(rs.next()).isTrue();
            for (int column = 1; column <= 7; column++) {
                assertThat(rs.getBoolean(column)).as("column " + column).isFalse();
            }
            assertThat(rs.getString(8)).contains("default_transaction_read_only=on");
        }
    }

    @Test
    void theRoleCannotWriteEvenInATransactionItOpensReadWrite() throws SQLException {
        try (Connection c = DriverManager.getConnection(asRole(staging)); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set transaction read write");
            assertThatThrownBy(() -> s.execute("update public.trackpay_users set name = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for table trackpay_users");
            c.rollback();
            assertThatThrownBy(() -> s.execute("create table public.gate_was_here (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only transaction");
        }
    }

    /** The stories (08) write set-up rows as the connecting role, which this role may not: they are shown broken below. */
    private static final String[] CATALOG_AND_DATA = {"features/trackpay/01-tables.feature", "features/trackpay/02-foreign-keys.feature",
            "features/trackpay/03-security.feature", "features/trackpay/04-indexes.feature", "features/trackpay/05-data.feature",
            "features/trackpay/06-rpc-code.feature", "features/trackpay/07-behaviour.feature"};

    @Test
    void storiesThatCreateUsersAreBrokenAsTheRoleSayingWhichRoleCan() {
        Checklists.Outcome stories = Checklists.run(Map.of("demo-production", asRole(production)), "features/trackpay/08-stories.feature");
        assertThat(stories.scenarios()).isNotEmpty().allSatisfy(s -> assertThat(s.failure()).isInstanceOf(
                dev.releasegate.verifier.outcome.ChecklistBroken.class));
        assertThat(stories.scenarios().get(0).message()).isEqualTo("could not create the user \"pat@stories.example\" in demo-production:"
                + " [SQLSTATE 42501] permission denied for table users - the role the verifier connects as must be allowed to insert"
                + " into auth.users (the read-only gate role of sql/verifier-role.sql is not: run stories on a staging project or an"
                + " embedded: copy)");
    }

    @Test
    void theWholeTrackPayChecklistRunsAsTheRole() {
        superuser(staging, "alter role " + ROLE + " nobypassrls");
        Checklists.Outcome without = Checklists.run(Map.of("demo-staging", asRole(staging), "demo-production", asRole(production)), CATALOG_AND_DATA);
        assertThat(without.scenarios()).hasSizeGreaterThan(20);
        // only the data items under row level security, and each says why
        assertThat(without.failed()).extracting(Checklists.ScenarioOutcome::name).containsExactlyInAnyOrder(
                "No data loss: production has every row staging has (Step 7)",
                "Audit logging is active (Step 9.3, Success criteria)",
                "Staging holds the recorded row counts (Step 1)");
        assertThat(without.failed()).allSatisfy(s -> assertThat(s.message())
                .contains("row level security hides rows from the role the verifier connects as")
                .contains("connect as a role with BYPASSRLS (src/main/resources/sql/verifier-role.sql"));

        superuser(staging, "alter role " + ROLE + " bypassrls");
        try {
            // new addresses, so the run opens new sessions that see the role as it is now
            Checklists.Outcome with = Checklists.run(Map.of("demo-staging", asRole(staging) + "&ApplicationName=migration-verifier",
                    "demo-production", asRole(production) + "&ApplicationName=migration-verifier"), CATALOG_AND_DATA);
            assertThat(with.failed()).isEmpty();
            assertThat(with.scenarios()).hasSameSizeAs(without.scenarios());
        } finally {
            superuser(staging, "alter role " + ROLE + " nobypassrls");
        }
    }
}
