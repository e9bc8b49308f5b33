@aamodha @data @configuration
Feature: Invoice configuration keys after data migration (seed 001, Appendix C)
  "After data migration, ensure target has these keys (values are examples; use target-specific
  values)". The demonstration database "demo-pesachama" carries the invoice_configurations table.

  Background:
    Given the database "demo-pesachama"

  Scenario: The target has every Appendix C key, with its type
    Then the rows of "invoice_configurations" with "config_key" include:
      | config_key                          | config_type |
      | invoice_folder_path                 | string      |
      | storage_provider                    | string      |
      | auto_invoice_generation_enabled     | boolean     |
      | whatsapp_enabled                    | boolean     |
      | whatsapp_api_key                    | string      |
      | whatsapp_api_url                    | string      |
      | whatsapp_invoice_enabled            | boolean     |
      | whatsapp_payment_reminder_enabled   | boolean     |
      | whatsapp_failure_notification_email | string      |
      | backup_folder_path                  | string      |

  Scenario: The values that are the same in every environment
    Then the rows of "invoice_configurations" with "config_key" include:
      | config_key                      | config_value    |
      | storage_provider                | google_drive    |
      | auto_invoice_generation_enabled | yes             |
      | whatsapp_enabled                | yes             |
      | invoice_folder_path             | MyDrive/Invoice |
      | backup_folder_path              | MyDrive/Backups |

  Scenario: Every configuration key is held once
    Then "invoice_configurations.config_key" has no duplicate values
