Feature: A Liquibase changelog (XML including YAML and formatted SQL), applied by Liquibase itself

  Background:
    Given the database "pr"

  Scenario: The change sets Liquibase recorded match the changelog
    Then the applied migrations match the files in "src/test/resources/migrations/liquibase-app"
    And these migrations are applied:
      | version          |
      | create-customers |
      | create-orders    |
      | seed-customers   |
      | seed-orders      |
    And the latest applied migration is "seed-orders"

  Scenario: What the change sets built
    Then these foreign keys exist:
      | table  | columns     | references | on delete |
      | orders | customer_id | customers  | NO ACTION |
    And the table "customers" has 2 rows
    And the table "orders" has 1 row
    And the table "databasechangelog" has 4 rows
