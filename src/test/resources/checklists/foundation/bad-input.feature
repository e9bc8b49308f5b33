Feature: Bad input gets a clear message, never a pass

  Scenario: An undefined step fails
    Given the database "production"
    Then the moon is made of "cheese"

  Scenario: An unknown rule word fails with the accepted words
    Given the database "production"
    Then every foreign key from "trackpay_payments" has delete rule CASCADES

  Scenario: A database that is not configured names the setting to add
    Given the database "reporting"
    Then the table "trackpay_users" exists

  Scenario: An unreachable host is reported with what to check
    Given the database "unreachable"
    Then the table "trackpay_users" exists

  Scenario: A wrong password is reported, masked
    Given the database "wrongpassword"
    Then the table "trackpay_users" exists

  Scenario: A pattern that matches nothing fails an every-table step
    Given the database "production"
    Then row level security is enabled on every table matching "nothing_here_%"

  Scenario: An empty table of expectations is refused
    Given the database "production"
    Then these tables exist:
      | table |
