@trackpay @data @critical
Feature: TrackPay data (seed 000: Step 1 "Record row counts", Step 7 "Verify row counts match staging", Step 9.3, Success criteria)

  Scenario: No data loss: production has every row staging has (Step 7)
    Then the row counts of tables matching "trackpay_%" are equal in "demo-staging" and "demo-production"

  Scenario: Audit logging is active (Step 9.3, Success criteria)
    Given the database "demo-production"
    Then the table "trackpay_relationship_audit" has at least 1 row

  Scenario: Staging holds the recorded row counts (Step 1)
    Given the database "demo-staging"
    Then the table "trackpay_users" has 6 rows
    And the table "trackpay_payments" has 5 rows
