package dev.releasegate.verifier.report;

import dev.releasegate.verifier.steps.Checklists;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets planted in a URL, quoted arguments, table cells, a doc string and failure messages appear in no report and not on the console. */
@org.junit.jupiter.api.parallel.Isolated("captures the console and sets allure.results.directory")
class SecretsNeverLeakTest {

    private static final Map<String, String> SECRETS = new LinkedHashMap<>();

    static {
        SECRETS.put("AUDIT_SECRET_DB_NAME", "auditsecretdbname");       // a quoted argument
        SECRETS.put("AUDIT_SECRET_TABLE", "trackpay_hidden_ledger");    // a table cell, then a failing message
        SECRETS.put("AUDIT_SECRET_ROLE", "role_zeta_hidden");           // a quoted argument, then a broken message
        SECRETS.put("AUDIT_SECRET_DOC", "doc-secret-9f3e");             // a doc string
    }

    private static final String URL_PASSWORD = "PlantedPassw0rd-url";
    private static final String DOWN_PASSWORD = "PlantedPassw0rd-down";

    @BeforeAll
    static void plant() {
        SECRETS.forEach(System::setProperty);
    }

    @AfterAll
    static void unplant() {
        SECRETS.keySet().forEach(System::clearProperty);
    }

    @Test
    void noSecretInAnyReportNorOnTheConsole(@TempDir Path folder) throws IOException {
        String url = Checklists.trackpay("audit_secrets") + "&password=" + URL_PASSWORD;
        AuditRun run = AuditRun.of(folder, Map.of(
                        "auditsecretdbname", url,
                        "audit_down", "postgresql://app:" + DOWN_PASSWORD + "@127.0.0.1:1/postgres"),
                "checklists/audit/secrets.feature");

        // the secrets were used: the checklist ran against the database named by a secret, and failed on the others
        assertThat(run.outcome().scenarios()).hasSize(4);
        assertThat(run.outcome().allMessages()).contains("table *****: does not exist", "role '*****' does not exist",
                "could not connect to database audit_down (postgresql://app:*****@127.0.0.1:1/postgres)");
        assertThat(run.files()).extracting(p -> p.getFileName().toString())
                .contains("run.json", "cucumber.html", "cucumber.json", "junit.xml", "environment.properties", "categories.json");

        Map<String, String> secrets = new LinkedHashMap<>(SECRETS);
        secrets.put("password in a configured URL", URL_PASSWORD);
        secrets.put("password of a database that is down", DOWN_PASSWORD);
        for (Path file : run.files()) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            secrets.forEach((what, secret) -> assertThat(content).as("%s in %s", what, file).doesNotContain(secret));
        }
        secrets.forEach((what, secret) -> {
            assertThat(run.console()).as("%s on the console", what).doesNotContain(secret);
            assertThat(run.outcome().allMessages()).as("%s in a failure message", what).doesNotContain(secret);
        });
        // the manifest is written although a database is down, and says so
        assertThat(run.manifest().path("databases").toString()).contains("\"name\":\"audit_down\"",
                "\"url\":\"postgresql://app:*****@127.0.0.1:1/postgres\"", "\"serverVersion\":\"unavailable: could not connect");
        // and they were masked, not merely absent
        String allFiles = String.join("\n", run.files().stream().map(run::text).toList());
        assertThat(allFiles).contains("postgresql://postgres:*****@localhost:", "database.*****=");
    }
}
