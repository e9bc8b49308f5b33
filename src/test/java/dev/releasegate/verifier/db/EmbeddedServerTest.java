package dev.releasegate.verifier.db;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedServerTest {

    @Test
    void startsCreatesDatabasesConnectsAndStops() throws Exception {
        long started = System.nanoTime();
        try (EmbeddedServer server = EmbeddedServer.start()) {
            System.out.printf("EmbeddedServer.start() took %d ms%n", (System.nanoTime() - started) / 1_000_000);

            assertThat(server.port()).isPositive();
            assertThat(server.serverVersion()).startsWith("17.");

            String name = "release \"gate\"; drop?x=1%20&y/z";
            server.createDatabase(name);
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(name));
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select current_user, version(), current_database(),"
                         + " current_setting('max_connections'), current_setting('fsync')")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("postgres");
                assertThat(result.getString(2)).startsWith("PostgreSQL 17.");
                assertThat(result.getString(3)).isEqualTo(name);
                assertThat(result.getString(4)).isEqualTo("200");
                assertThat(result.getString(5)).isEqualTo("off");
                statement.execute("create table marker (id int)");
            }

            server.createDatabaseFromTemplate("copy", name);
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("copy"));
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select count(*) from marker")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isZero();
            }

            assertThatThrownBy(() -> server.createDatabase(name))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already exists");
        }
    }

    @Test
    void quotesIdentifiersByDoublingEmbeddedQuotes() {
        assertThat(EmbeddedServer.quoteIdentifier("plain")).isEqualTo("\"plain\"");
        assertThat(EmbeddedServer.quoteIdentifier("a\"b")).isEqualTo("\"a\"\"b\"");
    }
}
