package dev.releasegate.verifier.report;

import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A run that reads a team's database as a superuser says so on the console, in run.json and in Allure's environment panel. */
@org.junit.jupiter.api.parallel.Isolated("captures the console and sets allure.results.directory")
class SessionRoleWarningTest {

    @TempDir
    Path folder;

    @Test
    void aSuperuserConnectionIsWarnedAboutInEveryChannel() {
        // Checklists.trackpay gives a JDBC address that logs in as the embedded server's superuser
        AuditRun run = AuditRun.of(folder, Map.of("production", Checklists.trackpay("warn_superuser")), "checklists/audit/warning.feature");
        String warning = "connects as postgres, a superuser: give the gate a role of its own (README: A role for the gate, sql/verifier-role.sql)";
        assertThat(run.console()).contains("[checklist] warning: database production " + warning);
        assertThat(run.manifest().path("databases").get(0).path("warning").asText()).isEqualTo(warning);
        assertThat(run.text(run.allure().resolve("environment.properties"))).contains("database.production.warning=");
    }

    @Test
    void aNameAnEarlierRunBuiltIsStillWarnedAboutWhenThisRunPointsItAtAServer() {
        // the embedded builder is shared by every run in the JVM: an earlier run's embedded "production" is not this one's
        AuditRun.of(folder.resolve("earlier"), Map.of("production", "embedded:demo"), "checklists/audit/warning.feature");
        AuditRun run = AuditRun.of(folder.resolve("later"), Map.of("production", Checklists.trackpay("warn_superuser_later")),
                "checklists/audit/warning.feature");
        assertThat(run.console()).contains("[checklist] warning: database production connects as postgres, a superuser");
        assertThat(run.manifest().path("databases").get(0).has("builtFrom")).isFalse();
    }

    @Test
    void aDatabaseTheVerifierBuiltIsNotWarnedAbout() {
        AuditRun run = AuditRun.of(folder, Map.of("production", "embedded:demo"), "checklists/audit/warning.feature");
        assertThat(run.console()).doesNotContain("[checklist] warning:");
        assertThat(run.manifest().path("databases").get(0).has("warning")).isFalse();
    }
}
