Feature: A psql meta-command the verifier does not run

  Scenario: The seed uses \copy
    Given the database "pr"
    Then the table "tenants" exists
