Feature: Whole-database checks on the TrackPay demo

  Scenario: staging and production have the same public schema
    Then the schema "public" is identical in "staging" and "production"

  Scenario: the demo has only its known security findings
    Given the database "production"
    Then the database has no security findings

  Scenario: staging has only its known security findings
    Given the database "staging"
    Then the database has no security findings
