@pesachama @data @integrity
Feature: PesaChama data integrity after the load (seed 002, Week 2 "Day 3: Data Validation")
  The "Data Integrity Test Script" of the PesaChama migration guide, one checklist item per test,
  run against the demonstration database "demo-pesachama" (demo/pesachama.sql).

  Background:
    Given the database "demo-pesachama"

  Scenario: Verify referential integrity: no orphaned chama members or transactions (Day 3, step 2)
    Then no row of "chama_members" references a missing "chamas" through "chama_id"
    And no row of "transactions" references a missing "chamas" through "chama_id"

  Scenario: Test 1: users have valid emails
    Then every "users.email" matches "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"

  Scenario: Test 2: all transactions have valid amounts
    Then no row of "transactions" satisfies "amount <= 0"

  Scenario: Test 3: no duplicate emails or phones among users that are not deleted
    Then "users.email" has no duplicate values where "deleted_at is null"
    And "users.phone" has no duplicate values where "deleted_at is null"

  Scenario: Test 4: dates are chronological
    Then no row of "transactions" satisfies "updated_at < created_at"

  Scenario: Test 5: foreign keys are valid
    Then no row of "chama_members" references a missing "users" through "user_id"
    And no row of "chama_members" references a missing "chamas" through "chama_id"
