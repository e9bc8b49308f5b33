@gate
Feature: A run with every kind of verdict

  Background:
    Given the database "gate_mixed"

  Scenario: Two tables exist
    Then the table "trackpay_users" exists
    And the table "trackpay_payments" exists

  Scenario: The users table holds 99 rows
    Then the table "trackpay_users" has 99 rows
    And the table "trackpay_users" exists

  @advisory
  Scenario: Advisory: the sessions table holds 99 rows
    Then the table "trackpay_sessions" has 99 rows

  Scenario: A sentence that is not in the vocabulary
    Then the moon is made of "cheese"

  Scenario: The expected tables, as a table
    Then these tables exist:
      | table          |
      | trackpay_users |
