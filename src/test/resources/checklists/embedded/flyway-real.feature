Feature: A Flyway project laid out as Spring Boot lays it out, applied by Flyway itself

  Background:
    Given the database "pr"

  Scenario: The history is Flyway's own, and matches the folder as Flyway reads it
    Then the applied migrations match the files in "src/test/resources/migrations/flyway-real"
    And these migrations are applied:
      | version |
      | 1       |
      | 1.1     |
      | 1.2     |
      | 2       |
      | 10      |
      | 100     |
    And the latest applied migration is "100"
    And the table "flyway_schema_history" has 7 rows

  Scenario: The placeholder, the subfolder and the second location were applied; the U and v files were not
    Then these tables exist:
      | table                |
      | inventory.warehouses |
      | inventory.orders     |
      | inventory.audit_log  |
    And these views exist:
      | view                     |
      | inventory.order_overview |
    And the table "inventory.warehouses" has 2 rows
    And the table "inventory.audit_log" has 1 row
    And the table "fake_views" does not exist
