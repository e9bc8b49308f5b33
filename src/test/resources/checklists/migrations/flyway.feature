Feature: Migrations applied by Flyway (successful, versioned)

  Background:
    Given the database "target"

  Scenario: The listed migrations are applied
    Then these migrations are applied:
      | version |
      | 1       |
      | 1.1     |
      | 2       |

  Scenario: The applied migrations match the files
    Then the applied migrations match the files in "src/test/resources/sql/migrations/flyway-files"

  Scenario: The latest applied migration
    Then the latest applied migration is "2"

  Scenario: Both databases applied the same migrations
    Then the applied migrations are the same in "source" and "target"
