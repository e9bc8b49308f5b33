package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The integrity sentences pass on clean PesaChama data and fail, naming each planted defect, on a careless load. */
class IntegrityChecklistTest {

    private static final String BASE = "demo/supabase-base.sql";
    private static final String PESACHAMA = "demo/pesachama.sql";

    private static String clean;
    private static String broken;
    private static String shapes;

    @BeforeAll
    static void databases() {
        clean = Checklists.database("integ_clean", BASE, PESACHAMA);
        broken = Checklists.database("integ_broken", BASE, PESACHAMA, "sql/integrity/pesachama-broken.sql");
        shapes = Checklists.database("integ_shapes", BASE, "sql/integrity/restaurants.sql");
    }

    @Test
    void passesOnCleanData() {
        Checklists.Outcome outcome = Checklists.run(Map.of("production", clean), "checklists/integrity/pesachama.feature");
        assertThat(outcome.scenarios()).hasSize(8);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void failsOnACarelessLoadNamingEveryPlantedDefect() {
        Checklists.Outcome outcome = Checklists.run(Map.of("production", broken), "checklists/integrity/pesachama.feature");
        assertThat(outcome.scenario("No orphaned chama members").message()).startsWith("""
                references from chama_members to chamas through chama_id in production: 1 problem
                  chama_members.chama_id -> chamas: 2 rows reference a missing chamas row
                """).contains("| XX unexpected | c0000000-0000-4000-8000-000000000008 | b0000000-0000-4000-8000-00000000000f |");
        assertThat(outcome.scenario("Members reference users that exist").passed()).isTrue();
        assertThat(outcome.scenario("All transactions have valid amounts").message())
                .contains("  table transactions: 2 rows satisfy amount <= 0\n").contains("| -50.00 |").contains("| 0.00   |");
        assertThat(outcome.scenario("Dates are chronological").message())
                .contains("  table transactions: 1 row satisfies updated_at < created_at\n").contains("d0000000-0000-4000-8000-000000000013");
        // the user with no email is not counted: NULL matches no pattern, and is reported in the evidence instead
        assertThat(outcome.scenario("Users have valid emails").message()).isEqualTo("""
                values of users.email matching "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$" in production: 1 problem
                  users.email: 1 row does not match ^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$

                |            | id                                   | email        |
                | XX differs | a0000000-0000-4000-8000-000000000007 | not-an-email |""");
        assertThat(outcome.scenario("No duplicate emails among users that are not deleted").message()).isEqualTo("""
                duplicate values of users.email where deleted_at is null in production: 1 problem
                  users.email: 1 value appears in more than one row where deleted_at is null

                |               | value                | rows |
                | XX unexpected | otieno@pesachama.app | 2    |""");
        assertThat(outcome.scenario("No duplicate phones among users that are not deleted").passed()).isTrue();
        assertThat(outcome.scenario("The Appendix C keys are there").message()).startsWith("""
                rows of invoice_configurations by config_key in production: 2 problems
                  invoice_configurations where config_key = 'storage_provider': config_value is 'onedrive', expected 'google_drive'
                  invoice_configurations where config_key = 'backup_folder_path': no such row
                """).contains("| ok         | auto_invoice_generation_enabled | boolean     | boolean              | true            | yes ");
    }

    @Test
    void duplicatesCountDeletedRowsUnlessAConditionExcludesThem() {
        Checklists.Outcome outcome = Checklists.run(Map.of("production", clean), "checklists/integrity/duplicates-counting-deleted.feature");
        assertThat(outcome.scenario("No duplicate emails at all").message()).isEqualTo("""
                duplicate values of users.email in production: 1 problem
                  users.email: 1 value appears in more than one row

                |               | value               | rows |
                | XX unexpected | grace@pesachama.app | 2    |""");
    }

    @Test
    void matchesCompositeReferencesAndWhatCannotBeChecked() {
        Checklists.Outcome outcome = Checklists.run(Map.of("production", shapes), "checklists/integrity/shapes.feature");
        assertThat(outcome.scenario("Every active restaurant has a subscription").message()).isEqualTo("""
                rows of restaurants where is_active with a matching subscriptions through restaurant_id in production: 1 problem
                  restaurants -> subscriptions.restaurant_id: 1 row where is_active has no matching subscriptions row

                |            | id |
                | XX missing | 2  |""");
        assertThat(outcome.scenario("Every restaurant named Mama Oliech has a subscription").passed()).isTrue();
        assertThat(outcome.scenario("Order items reference their order within the tenant").message()).isEqualTo("""
                references from tenant_order_items to tenant_orders through tenant_id, order_id in production: 1 problem
                  tenant_order_items.(tenant_id, order_id) -> tenant_orders: 1 row references a missing tenant_orders row

                |               | id | tenant_id | order_id |
                | XX unexpected | 3  | 3         | 100      |""");
        assertThat(outcome.scenario("A composite reference named with one column").message()).isEqualTo(
                "tenant_order_items through order_id names 1 column, but the primary key of tenant_orders has 2 (tenant_id, id):"
                        + " name one column for each, in key order");
        assertThat(outcome.scenario("A table without a primary key cannot be pointed at").message()).isEqualTo(
                "table audit_events in production has no primary key, so the references from tenant_order_items through order_id"
                        + " cannot be checked: give it a primary key, or check the columns with: no row of \"...\" satisfies \"...\"");
        assertThat(outcome.scenario("A missing table fails").message()).isEqualTo("""
                rows of legacy_orders in production: 1 problem
                  table legacy_orders: does not exist in production""");
        assertThat(outcome.scenario("A missing column fails").message()).isEqualTo("""
                rows of restaurants in production: 1 problem
                  column restaurants.email: does not exist in production""");
        assertThat(outcome.scenario("A condition with a syntax error is broken").message()).startsWith(
                "the condition \"is_active =\" is not a boolean expression over restaurants in production: syntax error");
        assertThat(outcome.scenario("A condition that is not boolean is broken").message()).isEqualTo(
                "the condition \"name\" is not a boolean expression over restaurants in production: it gives a value of type text;"
                        + " write a comparison, such as \"amount > 0\"");
        assertThat(outcome.scenario("A condition with two statements is refused before anything is sent").message()).isEqualTo(
                "the condition \"true; delete from restaurants\" holds a ';': write one boolean expression, such as \"amount > 0\", not statements");
        assertThat(outcome.scenario("A condition with a comment is refused").message()).isEqualTo(
                "the condition \"true -- and false\" holds a comment marker (--, /* or */): write one boolean expression, such as \"amount > 0\"");
        assertThat(outcome.scenario("A condition that escapes its parentheses is refused").message()).isEqualTo(
                "the condition \"true) or (true\" closes a parenthesis it did not open: write one boolean expression, such as \"amount > 0\"");
        assertThat(outcome.scenario("A condition naming an unknown column is broken").message()).isEqualTo(
                "the condition \"rating > 3\" is not a boolean expression over restaurants in production: column \"rating\" does not exist");
        assertThat(outcome.scenario("A condition with a quoted identifier").passed()).isTrue();
        assertThat(outcome.scenario("An invalid regular expression is broken").message()).isEqualTo(
                "could not read the values of restaurants.name against \"^(unclosed\" in production: invalid regular expression:"
                        + " parentheses () not balanced");
    }

    @Test
    void configurationValuesDifferBetweenDatabasesWithoutShowingThem() {
        String staging = Checklists.database("integ_cfg_staging", BASE, PESACHAMA, "sql/integrity/pesachama-staging-config.sql");
        String production = Checklists.database("integ_cfg_production", BASE, PESACHAMA);
        String copied = Checklists.database("integ_cfg_copied", BASE, PESACHAMA, "sql/integrity/pesachama-copied-config.sql");
        Checklists.Outcome good = Checklists.run(Map.of("staging", staging, "production", production), "checklists/integrity/config-differs.feature");
        assertThat(good.scenario("The secrets and addresses are not copied from staging").passed()).isTrue();
        assertThat(good.scenario("A key missing on one side").message()).isEqualTo("""
                invoice_configurations.config_value by config_key in staging and production: 1 problem
                  invoice_configurations.config_value where config_key = 'backup_folder_path': no row in staging

                |            | config_key         | staging  | production | values |
                | XX missing | backup_folder_path | (no row) | set        |        |""");
        Checklists.Outcome bad = Checklists.run(Map.of("staging", staging, "production", copied), "checklists/integrity/config-differs.feature");
        String message = bad.scenario("The secrets and addresses are not copied from staging").message();
        assertThat(message).isEqualTo("""
                invoice_configurations.config_value by config_key in staging and production: 3 problems
                  invoice_configurations.config_value where config_key = 'whatsapp_api_key': is the same in staging and production, expected different values
                  invoice_configurations.config_value where config_key = 'whatsapp_api_url': is the same in staging and production, expected different values
                  invoice_configurations.config_value where config_key = 'whatsapp_failure_notification_email': is the same in staging and production, expected different values

                |            | config_key                          | staging | production | values |
                | XX differs | whatsapp_api_key                    | set     | set        | equal  |
                | XX differs | whatsapp_api_url                    | set     | set        | equal  |
                | XX differs | whatsapp_failure_notification_email | set     | set        | equal  |""");
        assertThat(message).doesNotContain("demo-360messenger-key");
    }
}
