@audit
Feature: A mixed checklist: passing, failing, broken and undefined items

  Background:
    Given the database "audit_mixed"

  @critical
  Scenario: The users table exists
    Then the table "trackpay_users" exists

  @security
  Scenario: Nobody may select relationships
    Then the table "trackpay_relationships" has no SELECT policy

  Scenario: The users table holds 99 rows
    Then the table "trackpay_users" has 99 rows

  Scenario: A role that does not exist
    Then the role "nobody_at_all" cannot execute "delete_client_relationship_safely(uuid)"

  Scenario: A database nobody configured
    Given the database "audit_nowhere"
    Then the table "trackpay_users" exists

  Scenario: A sentence that is not in the vocabulary
    Then the moon is made of "cheese"
