Feature: Migrations applied by Liquibase (change sets executed)

  Background:
    Given the database "target"

  Scenario: The listed migrations are applied
    Then these migrations are applied:
      | version      |
      | create-users |
      | add-email    |

  Scenario: The latest applied migration
    Then the latest applied migration is "add-email"

  Scenario: Both databases applied the same migrations
    Then the applied migrations are the same in "source" and "target"
