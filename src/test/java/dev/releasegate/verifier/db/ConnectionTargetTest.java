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

    @Test
    void aRawAtInThePasswordIsMaskedWholeAndTheMessageSaysToPercentEncode() {
        assertThatThrownBy(() -> ConnectionTarget.parse("postgresql://leaky:Secret@Leak99@db.example.com:5432/app", mask))
                .isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue())
                .hasMessageStartingWith("the user name or password in postgresql://leaky:*****@db.example.com:5432/app holds a raw '@'")
                .hasMessageContaining("percent-encode special characters").hasMessageContaining("@ as %40")
                .hasMessageNotContaining("Leak99").hasMessageNotContaining("Secret").hasMessageNotContaining("has no host name");
        // wherever the address is printed afterwards (a -D line, a report), the whole password is masked
        assertThat(mask.mask("-Dverify.db.x=postgresql://leaky:Secret@Leak99@db.example.com:5432/app, again Secret@Leak99"))
                .isEqualTo("-Dverify.db.x=postgresql://leaky:*****@db.example.com:5432/app, again *****");
    }

    @Test
    void otherRawCharactersInThePasswordAreNamedAndMasked() {
        assertThatThrownBy(() -> ConnectionTarget.parse("postgresql://app:pa/ss?w#rd@db.example.com/app", mask))
                .hasMessageStartingWith("the user name or password in postgresql://app:*****@db.example.com/app holds a raw '/'")
                .hasMessageNotContaining("pa/ss");
        assertThatThrownBy(() -> ConnectionTarget.parse("postgresql://app:100%zz@db.example.com/app", mask))
                .hasMessageContaining("'%' that is not followed by two hexadecimal digits").hasMessageNotContaining("100%zz");
    }

    @Test
    void aPortThatIsNotANumberIsNamedAsSuch() {
        assertThatThrownBy(() -> ConnectionTarget.parse("postgresql://app:pw-not-shown@db.example.com:notaport/app", mask))
                .isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue())
                .hasMessage("the port 'notaport' in postgresql://app:*****@db.example.com:notaport/app is not a port number: write the"
                        + " port's digits after the host (host:5432, or host:6543 for Supabase's transaction pooler), or leave it out for 5432");
        assertThatThrownBy(() -> ConnectionTarget.parse("postgresql://app:pw@db.example.com:99999/app", mask))
                .hasMessageContaining("the port '99999'");
        assertThatThrownBy(() -> ConnectionTarget.parse("postgresql://app:pw@:5432/app", mask))
                .hasMessageContaining("not followed by a host name").hasMessageNotContaining(":pw@");
        assertThatThrownBy(() -> ConnectionTarget.parse("postgresql://:5432/app", mask)).hasMessageContaining("has no host name");
    }

    @Test
    void wellFormedAddressesReadAsBefore() {
        ConnectionTarget azure = ConnectionTarget.parse("jdbc:postgresql://srv.postgres.example.com:5432/db?user=admin@srv&password=az-secret", mask);
        assertThat(azure.user()).isEqualTo("admin@srv");
        assertThat(azure.host()).isEqualTo("srv.postgres.example.com");
        ConnectionTarget ipv6 = ConnectionTarget.parse("postgresql://u:pw1@[::1]:6543/db", mask);
        assertThat(ipv6.host()).isEqualTo("::1");
        assertThat(ipv6.port()).isEqualTo(6543);
        assertThat(ipv6.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:6543/db");
        ConnectionTarget userWithAt = ConnectionTarget.parse("postgresql://admin%40srv:p%40ss@h.example.com/db", mask);
        assertThat(userWithAt.user()).isEqualTo("admin@srv");
        assertThat(userWithAt.password()).isEqualTo("p@ss");
    }
}
