package dev.releasegate.verifier.db;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

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
}
