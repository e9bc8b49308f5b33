@audit
Feature: Misspelt sentences and names are answered with the nearest ones

  Background:
    Given the database "audit_misspelt"

  Scenario: A misspelt sentence
    Then row level securty is enabled on "trackpay_users"

  Scenario: A sentence without the quotes around its name
    Then the table trackpay_users exists

  Scenario: A misspelt table
    Then the table "trackpay_user" exists

  Scenario: Nothing close
    Then the moon is made of "cheese"
