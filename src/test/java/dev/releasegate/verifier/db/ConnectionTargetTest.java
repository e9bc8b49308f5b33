package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionTargetTest {

    private final SecretMask mask = new SecretMask();

    @Test
    void readsASupabaseConnectionString() {
        ConnectionTarget t = ConnectionTarget.parse(
                "postgresql://postgres.abcd:p%40ss%2Fword@aws-0-eu-west-1.pooler.supabase.com:6543/postgres?sslmode=require", mask);
        assertThat(t.host()).isEqualTo("aws-0-eu-west-1.pooler.supabase.com");
        assertThat(t.port()).isEqualTo(6543);
        assertThat(t.user()).isEqualTo("postgres.abcd");
        assertThat(t.password()).isEqualTo("p@ss/word");
        assertThat(t.database()).isEqualTo("postgres");
        assertThat(t.parameters()).containsEntry("sslmode", "require");
        assertThat(t.throughTransactionPooler()).isTrue();
        assertThat(t.maskedUrl()).isEqualTo("postgresql://postgres.abcd:*****@aws-0-eu-west-1.pooler.supabase.com:6543/postgres?sslmode=require");
        assertThat(mask.mask("it failed with p@ss/word")).isEqualTo("it failed with *****");
    }

    @Test
    void throughThePoolerNoSessionSettingsAreSent() {
        ConnectionTarget pooled = ConnectionTarget.parse("postgresql://u:secret1@h:6543/db", mask);
        assertThat(pooled.driverProperties(30_000, "app")).doesNotContainKey("options")
                .containsEntry("prepareThreshold", "0").containsEntry("readOnly", "true");
        ConnectionTarget direct = ConnectionTarget.parse("postgresql://u:secret1@h:5432/db", mask);
        assertThat(direct.driverProperties(30_000, "app").getProperty("options"))
                .isEqualTo("-c default_transaction_read_only=on -c statement_timeout=30000");
    }

    @Test
    void readsRenderAndJdbcForms() {
        ConnectionTarget render = ConnectionTarget.parse("postgres://app:pw123@dpg-abc.oregon-postgres.render.com/appdb", mask);
        assertThat(render.port()).isEqualTo(5432);
        assertThat(render.database()).isEqualTo("appdb");
        ConnectionTarget jdbc = ConnectionTarget.parse("jdbc:postgresql://localhost:5433/shop?user=qa&password=qa-secret&sslmode=disable", mask);
        assertThat(jdbc.user()).isEqualTo("qa");
        assertThat(jdbc.password()).isEqualTo("qa-secret");
        assertThat(jdbc.parameters()).containsOnlyKeys("sslmode");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5433/shop");
    }

    @Test
    void somethingElseIsABrokenChecklistNamingTheForms() {
        assertThatThrownBy(() -> ConnectionTarget.parse("mysql://root:toor1@h/db", mask))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("expected postgresql://user:${DB_PASSWORD}@host:5432/dbname")
                .hasMessageNotContaining("toor1");
    }
}
