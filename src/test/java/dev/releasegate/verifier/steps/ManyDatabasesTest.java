package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.db.DatabaseSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One checklist against 300 named databases on a server that takes 20 connections from the gate (a role with
 * CONNECTION LIMIT 20 stands for max_connections = 20 on the shared test server): the run's idle connections are
 * bounded, so every item is checked; with no bound the server refuses the gate after 20 databases.
 */
class ManyDatabasesTest {

    private static final int DATABASES = 300;

    @TempDir
    static Path folder;
    private static String url;
    private static Path checklist;

    @BeforeAll
    static void limitedServer() throws SQLException, IOException {
        String owner = Checklists.trackpay("many_databases");
        try (Connection connection = DriverManager.getConnection(owner); Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = 'gate_limited') then"
                    + " create role gate_limited login connection limit 20; end if; end $$");
        }
        url = owner.replace("user=postgres", "user=gate_limited");
        StringBuilder feature = new StringBuilder("Feature: the same item in 300 databases\n");
        for (int i = 1; i <= DATABASES; i++) {
            feature.append("\n  Scenario: database ").append(i).append("\n    Given the database \"db").append(i)
                    .append("\"\n    Then the table \"trackpay_users\" exists\n");
        }
        checklist = Files.writeString(folder.resolve("many.feature"), feature.toString());
    }

    @Test
    void everyItemIsCheckedWithTheDefaultBound() {
        Checklists.Outcome outcome = Checklists.run(databases(Map.of()), checklist.toString());
        assertThat(outcome.scenarios()).hasSize(DATABASES);
        assertThat(outcome.failed()).as(outcome.allMessages()).isEmpty();
    }

    @Test
    void withoutABoundTheServerRefusesTheGate() {
        Checklists.Outcome outcome = Checklists.run(databases(Map.of(DatabaseSettings.IDLE_CONNECTIONS, "100000")), checklist.toString());
        assertThat(outcome.failed()).isNotEmpty();
        assertThat(outcome.allMessages()).contains("too many connections for role \"gate_limited\"");
    }

    private static Map<String, String> databases(Map<String, String> more) {
        Map<String, String> settings = new LinkedHashMap<>(more);
        for (int i = 1; i <= DATABASES; i++) {
            settings.put("db" + i, url);
        }
        return settings;
    }
}
