package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.KeyedRows;
import dev.releasegate.verifier.catalog.QualifiedColumn;
import dev.releasegate.verifier.catalog.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyedRowsCheckTest {

    private static final QualifiedName CONFIG = new QualifiedName("public", "invoice_configurations");
    private static final QualifiedColumn VALUE = QualifiedColumn.parse("invoice_configurations.config_value", "public");

    private static Map<String, String> cells(String... pairs) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static KeyedRows rows(Map<String, List<Map<String, String>>> rows) {
        return new KeyedRows("config_key", rows, null);
    }

    @Test
    void everyExpectedRowIsFoundAndEveryDifferenceReported() {
        List<Map<String, String>> expected = List.of(
                KeyedRowsCheck.row(List.of("config_key", "config_value"), List.of("invoice_folder_path", "MyDrive/Invoice")),
                KeyedRowsCheck.row(List.of("config_key", "config_value"), List.of("storage_provider", "google_drive")),
                KeyedRowsCheck.row(List.of("config_key", "config_value"), List.of("backup_folder_path", "MyDrive/Backups")),
                KeyedRowsCheck.row(List.of("config_key", "config_value"), List.of("whatsapp_api_key", "")));
        Map<String, List<Map<String, String>>> found = new LinkedHashMap<>();
        found.put("invoice_folder_path", List.of(cells("config_value", "MyDrive/Invoice")));
        found.put("storage_provider", List.of(cells("config_value", "onedrive")));
        found.put("whatsapp_api_key", List.of(cells("config_value", "secret")));
        Verdict verdict = KeyedRowsCheck.includes(CONFIG, "config_key", List.of("config_value"), expected, rows(found), "production");
        assertThat(verdict.message()).isEqualTo("""
                rows of invoice_configurations by config_key in production: 2 problems
                  invoice_configurations where config_key = 'storage_provider': config_value is 'onedrive', expected 'google_drive'
                  invoice_configurations where config_key = 'backup_folder_path': no such row

                |            | config_key          | config_value    | expected config_value |
                | ok         | invoice_folder_path | MyDrive/Invoice | MyDrive/Invoice       |
                | XX differs | storage_provider    | onedrive        | google_drive          |
                | XX missing | backup_folder_path  | (no row)        | MyDrive/Backups       |
                | ok         | whatsapp_api_key    | secret          |                       |""");
    }

    @Test
    void aKeyHeldByTwoRowsIsUnexpected() {
        List<Map<String, String>> expected = List.of(KeyedRowsCheck.row(List.of("config_key", "config_value"), List.of("k", "v")));
        Verdict verdict = KeyedRowsCheck.includes(CONFIG, "config_key", List.of("config_value"), expected,
                rows(Map.of("k", List.of(cells("config_value", "v"), cells("config_value", "w")))), "production");
        assertThat(verdict.mismatches()).extracting(Mismatch::describe)
                .containsExactly("invoice_configurations where config_key = 'k': 2 rows have this key, expected one");
    }

    @Test
    void cellsCompareAsPsqlUsersWriteThem() {
        assertThat(KeyedRowsCheck.sameText("null", null)).isTrue();
        assertThat(KeyedRowsCheck.sameText("NULL", null)).isTrue();
        assertThat(KeyedRowsCheck.sameText("", null)).isFalse();
        assertThat(KeyedRowsCheck.sameText("yes", "true")).isTrue();
        assertThat(KeyedRowsCheck.sameText("no", "false")).isTrue();
        assertThat(KeyedRowsCheck.sameText("yes", "false")).isFalse();
        assertThat(KeyedRowsCheck.sameText("true", "yes")).isFalse(); // a text value "yes" is text, not a boolean
        assertThat(KeyedRowsCheck.sameText("1.5", "1.50")).isTrue();
        assertThat(KeyedRowsCheck.sameText("10485760", "10485760")).isTrue();
        assertThat(KeyedRowsCheck.sameText("1.5", "1.51")).isFalse();
        assertThat(KeyedRowsCheck.sameText("google_drive", "Google_Drive")).isFalse();
    }

    @Test
    void valuesMustDifferAndAreNeverShown() {
        Map<String, List<Map<String, String>>> staging = Map.of(
                "whatsapp_api_key", List.of(cells("is_null", "false", "digest", "aaa")),
                "whatsapp_api_url", List.of(cells("is_null", "false", "digest", "bbb")),
                "empty_in_both", List.of(cells("is_null", "true", "digest", null)));
        Map<String, List<Map<String, String>>> production = Map.of(
                "whatsapp_api_key", List.of(cells("is_null", "false", "digest", "aaa")),
                "whatsapp_api_url", List.of(cells("is_null", "false", "digest", "ccc")),
                "empty_in_both", List.of(cells("is_null", "true", "digest", null)),
                "backup_folder_path", List.of(cells("is_null", "false", "digest", "ddd")));
        Verdict verdict = KeyedRowsCheck.differs(VALUE, "config_key",
                List.of("whatsapp_api_key", "whatsapp_api_url", "empty_in_both", "backup_folder_path", "nowhere"),
                "staging", rows(staging), "production", rows(production));
        assertThat(verdict.message()).isEqualTo("""
                invoice_configurations.config_value by config_key in staging and production: 4 problems
                  invoice_configurations.config_value where config_key = 'whatsapp_api_key': is the same in staging and production, expected different values
                  invoice_configurations.config_value where config_key = 'empty_in_both': is the same in staging and production, expected different values
                  invoice_configurations.config_value where config_key = 'backup_folder_path': no row in staging
                  invoice_configurations.config_value where config_key = 'nowhere': no row in staging nor in production

                |            | config_key         | staging  | production | values    |
                | XX differs | whatsapp_api_key   | set      | set        | equal     |
                | ok         | whatsapp_api_url   | set      | set        | different |
                | XX differs | empty_in_both      | null     | null       | equal     |
                | XX missing | backup_folder_path | (no row) | set        |           |
                | XX missing | nowhere            | (no row) | (no row)   |           |""");
    }
}
