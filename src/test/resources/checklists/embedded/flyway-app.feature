Feature: A Flyway migrations folder, applied to an embedded database

  Background:
    Given the database "pr"

  Scenario: Flyway's tables, keys and history
    Then these tables exist:
      | table      |
      | warehouses |
      | items      |
      | item_audit |
    And these views exist:
      | view          |
      | item_overview |
    And every foreign key from "items" has delete rule RESTRICT
    And the table "flyway_schema_history" has 5 rows
    And the table "items" has 2 rows
    And the table "item_audit" has 2 rows
    And row level security is enabled on "items"

  Scenario: The definer trigger function is not callable through the API
    Then the role "anon" cannot execute "record_item_change()"
