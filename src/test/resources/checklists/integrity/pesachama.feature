Feature: PesaChama data integrity (seed 002, "Data Integrity Test Script")

  Background:
    Given the database "production"

  Scenario: No orphaned chama members
    Then no row of "chama_members" references a missing "chamas" through "chama_id"

  Scenario: Members reference users that exist
    Then no row of "chama_members" references a missing "users" through "user_id"

  Scenario: All transactions have valid amounts
    Then no row of "transactions" satisfies "amount <= 0"

  Scenario: Dates are chronological
    Then no row of "transactions" satisfies "updated_at < created_at"

  Scenario: Users have valid emails
    Then every "users.email" matches "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"

  Scenario: No duplicate emails among users that are not deleted
    Then "users.email" has no duplicate values where "deleted_at is null"

  Scenario: No duplicate phones among users that are not deleted
    Then "users.phone" has no duplicate values where "deleted_at is null"

  Scenario: The Appendix C keys are there
    Then the rows of "invoice_configurations" with "config_key" include:
      | config_key                      | config_type | config_value    |
      | invoice_folder_path             | string      | MyDrive/Invoice |
      | storage_provider                | string      | google_drive    |
      | auto_invoice_generation_enabled | boolean     | yes             |
      | backup_folder_path              | string      | MyDrive/Backups |
