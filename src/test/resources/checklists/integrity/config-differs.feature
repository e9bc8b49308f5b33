Feature: Environment-specific configuration differs between staging and production (seed 001, Appendix C)

  Scenario: The secrets and addresses are not copied from staging
    Then "invoice_configurations.config_value" differs between "staging" and "production" where "config_key" is:
      | whatsapp_api_key                    |
      | whatsapp_api_url                    |
      | whatsapp_failure_notification_email |

  Scenario: A key missing on one side
    Then "invoice_configurations.config_value" differs between "staging" and "production" where "config_key" is:
      | config_key         |
      | backup_folder_path |
