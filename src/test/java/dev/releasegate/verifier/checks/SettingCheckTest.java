package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.ServerSetting;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingCheckTest {

    private static final List<ServerSetting> SETTINGS = List.of(
            new ServerSetting("wal_level", "replica", null, "enum", "replica"),
            new ServerSetting("max_connections", "100", null, "integer", "100"),
            new ServerSetting("shared_buffers", "16384", "8kB", "integer", "128MB"),
            new ServerSetting("statement_timeout", "30000", "ms", "integer", "30s"),
            new ServerSetting("fsync", "on", null, "bool", "on"),
            new ServerSetting("random_page_cost", "4", null, "real", "4"));

    @Test
    void valuesAsShownOrAsStored() {
        assertThat(SettingCheck.is("wal_level", "REPLICA", SETTINGS, "production").passed()).isTrue();
        assertThat(SettingCheck.is("shared_buffers", "128MB", SETTINGS, "production").passed()).isTrue();
        assertThat(SettingCheck.is("shared_buffers", "16384", SETTINGS, "production").passed()).isTrue();
        assertThat(SettingCheck.is("statement_timeout", "30s", SETTINGS, "production").passed()).isTrue();
        assertThat(SettingCheck.is("fsync", "yes", SETTINGS, "production").passed()).isTrue();
    }

    @Test
    void aDifferentValueFails() {
        assertThat(SettingCheck.is("wal_level", "logical", SETTINGS, "production").message())
                .startsWith("setting wal_level in production: 1 problem\n  setting wal_level: is replica, expected logical");
        assertThat(SettingCheck.is("shared_buffers", "256MB", SETTINGS, "production").message())
                .contains("setting shared_buffers: is 128MB (16384 x 8kB), expected 256MB");
    }

    @Test
    void atLeastComparesNumbersInTheReportedUnitOrTheOneWritten() {
        assertThat(SettingCheck.atLeast("max_connections", "100", SETTINGS, "production").passed()).isTrue();
        assertThat(SettingCheck.atLeast("shared_buffers", "128MB", SETTINGS, "production").passed()).isTrue();
        assertThat(SettingCheck.atLeast("shared_buffers", "16000", SETTINGS, "production").passed()).isTrue();
        assertThat(SettingCheck.atLeast("random_page_cost", "1.1", SETTINGS, "production").passed()).isTrue();
        assertThat(SettingCheck.atLeast("max_connections", "200", SETTINGS, "production").message())
                .startsWith("setting max_connections in production: 1 problem\n  setting max_connections: is 100, expected at least 200");
        assertThat(SettingCheck.atLeast("statement_timeout", "1min", SETTINGS, "production").message())
                .contains("setting statement_timeout: is 30s (30000 x ms), expected at least 1min");
    }

    @Test
    void anUnknownSettingIsBrokenWithSuggestions() {
        assertThatThrownBy(() -> SettingCheck.is("wal_levl", "logical", SETTINGS, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("there is no setting 'wal_levl' in production (names are those of pg_settings and SHOW; did you mean wal_level?)");
    }

    @Test
    void atLeastOnAWordOrWithAWrongUnitIsBroken() {
        assertThatThrownBy(() -> SettingCheck.atLeast("wal_level", "1", SETTINGS, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("setting wal_level in production is not a number (it is replica): write the setting \"wal_level\" is \"replica\"");
        assertThatThrownBy(() -> SettingCheck.atLeast("shared_buffers", "5s", SETTINGS, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("unknown unit 's' for setting shared_buffers: use one of B, kB, MB, GB, TB");
        assertThatThrownBy(() -> SettingCheck.atLeast("max_connections", "1MB", SETTINGS, "production")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("setting max_connections has no unit: write a plain number, not 1MB");
    }
}
