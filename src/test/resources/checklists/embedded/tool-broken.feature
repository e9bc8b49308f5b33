Feature: A Flyway or Liquibase migration that fails breaks its database with the file, the line and the server's message

  Scenario: A checklist item on the Flyway database
    Given the database "flyway"
    Then the table "orders" exists

  Scenario: A checklist item on the Liquibase database
    Given the database "liquibase"
    Then the table "orders" exists
