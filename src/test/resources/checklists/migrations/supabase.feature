Feature: Migrations applied by the Supabase CLI

  Background:
    Given the database "target"

  Scenario: The listed migrations are applied
    Then these migrations are applied:
      | version        |
      | 20250101000000 |
      | 20250102000000 |

  Scenario: The applied migrations match the files
    Then the applied migrations match the files in "src/test/resources/sql/migrations/supabase-files"

  Scenario: The latest applied migration
    Then the latest applied migration is "20250103000000"

  Scenario: Both databases applied the same migrations
    Then the applied migrations are the same in "source" and "target"
