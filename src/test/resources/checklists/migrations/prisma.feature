Feature: Migrations applied by Prisma (finished, not rolled back)

  Background:
    Given the database "target"

  Scenario: The listed migrations are applied
    Then these migrations are applied:
      | version                  |
      | 20250101000000_init      |
      | 20250102000000_add_users |

  Scenario: The applied migrations match the migration folders
    Then the applied migrations match the files in "src/test/resources/sql/migrations/prisma-files"

  Scenario: The latest applied migration
    Then the latest applied migration is "20250102000000_add_users"

  Scenario: Both databases applied the same migrations
    Then the applied migrations are the same in "source" and "target"

  Scenario: A Prisma migration is named by its folder, or by its timestamp alone when only one folder has it
    Then these migrations are applied:
      | version                  |
      | 20250101000000_init      |
      | 20250102000000           |
