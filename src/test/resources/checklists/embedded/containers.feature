Feature: A migrations folder in a container

  Scenario: The Supabase app in a container
    Given the database "pr"
    Then these tables exist:
      | table    |
      | profiles |
      | projects |
    And the table "supabase_migrations.schema_migrations" has 3 rows
