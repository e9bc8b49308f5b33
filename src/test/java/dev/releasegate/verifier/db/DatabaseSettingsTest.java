package dev.releasegate.verifier.db;

import org.junit.jupiter.api.Test;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsTest {

    @Test
    void systemPropertyBeatsEnvironmentBeatsFile() {
        Properties system = new Properties();
        Properties file = new Properties();
        file.setProperty("verify.db.production", "${PROD_DATABASE_URL}");
        file.setProperty("verify.db.staging", "postgresql://file@h/s");
        Map<String, String> env = Map.of("VERIFY_DB_STAGING", "postgresql://env@h/s", "PROD_DATABASE_URL", "postgresql://p@h/p");
        SecretMask mask = new SecretMask();
        DatabaseSettings settings = new DatabaseSettings(system, env, file, new EnvironmentValues(env::get, mask));
        assertThat(settings.database("staging")).contains("postgresql://env@h/s");
        assertThat(settings.database("production")).contains("postgresql://p@h/p");
        system.setProperty("verify.db.staging", "postgresql://sys@h/s");
        assertThat(settings.database("staging")).contains("postgresql://sys@h/s");
        assertThat(settings.configuredNames()).containsExactly("production", "staging");
        assertThat(settings.database("reporting")).isEmpty();
    }

    private static DatabaseSettings withSystem(String key, String value) {
        Properties system = new Properties();
        system.setProperty(key, value);
        return new DatabaseSettings(system, Map.of(), new Properties(), new EnvironmentValues(k -> null, new SecretMask()));
    }

    @Test
    void theIdleConnectionsAreAWholeNumberFromOne() {
        assertThat(new DatabaseSettings(new Properties(), Map.of(), new Properties(), new EnvironmentValues(k -> null, new SecretMask()))
                .idleConnections()).isEqualTo(8);
        assertThat(withSystem("verify.connections.idle", " 3 ").idleConnections()).isEqualTo(3);
        for (String bad : new String[] {"0", "-1", "many", "2.5"}) {
            assertThatThrownBy(() -> withSystem("verify.connections.idle", bad).idleConnections())
                    .isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue())
                    .hasMessage("verify.connections.idle is '" + bad + "' (set by -Dverify.connections.idle): it takes a whole number"
                            + " of connections, at least 1, such as -Dverify.connections.idle=8; the default is 8");
        }
    }

    @Test
    void theStatementTimeoutIsAPositiveNumberOfMilliseconds() {
        assertThat(new DatabaseSettings(new Properties(), Map.of(), new Properties(), new EnvironmentValues(k -> null, new SecretMask()))
                .statementTimeoutMillis()).isEqualTo(30_000);
        assertThat(withSystem("verify.statement-timeout-ms", " 45000 ").statementTimeoutMillis()).isEqualTo(45_000);
        for (String bad : new String[] {"abc", "-5", "1.5", "99999999999999999999", "86400001"}) {
            assertThatThrownBy(() -> withSystem("verify.statement-timeout-ms", bad).statementTimeoutMillis())
                    .isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue())
                    .hasMessage("verify.statement-timeout-ms is '" + bad + "' (set by -Dverify.statement-timeout-ms): it takes a whole"
                            + " number of milliseconds from 1 to 86400000 (24 hours), such as -Dverify.statement-timeout-ms=60000;"
                            + " the default is 30000");
        }
    }

    @Test
    void zeroDoesNotSilentlySwitchTheTimeoutOff() {
        Properties file = new Properties();
        file.setProperty("verify.statement-timeout-ms", "0");
        DatabaseSettings settings = new DatabaseSettings(new Properties(), Map.of(), file, new EnvironmentValues(k -> null, new SecretMask()));
        assertThatThrownBy(settings::statementTimeoutMillis).isInstanceOf(ChecklistBroken.class)
                .hasMessageContaining("is '0' (set in verifier.properties)")
                .hasMessageEndingWith("0 would switch the timeout off, and a statement could then hang the run");
    }

    @Test
    void aMalformedEscapeInThePropertiesFileNamesTheFileAndLineWhereASettingIsRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("verifier.properties");
        Files.writeString(file, "# a comment may say \\unused\n"
                + "verify.db.staging=postgresql://app:Tr\\\\ust-me@h/db\n"
                + "verify.default-schema=app\n"
                + "verify.db.production=postgresql://app:pa\\u12@h/db\n");
        DatabaseSettings settings = DatabaseSettings.of(new Properties(), Map.of(), file, new EnvironmentValues(k -> null, new SecretMask()));
        assertThatThrownBy(() -> settings.database("production"))
                .isInstanceOfSatisfying(ChecklistBroken.class, e -> assertThat(e.isConfiguration()).isTrue())
                .hasMessage(file + " line 4, column 41: a \\u escape must be followed by four hexadecimal digits (\\u00e9 is \u00e9);"
                        + " write \\\\ for a backslash, as in C:\\\\users")
                .hasMessageNotContaining("pa\\u12");
        assertThatThrownBy(() -> settings.setting("verify.default-schema")).hasMessageContaining("line 4");
    }
}
