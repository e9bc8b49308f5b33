Feature: The seed left out with verify.embedded.seed=false

  Scenario: Only the migrations were applied
    Given the database "noseed"
    Then the table "tenants" is empty
    And the table "supabase_migrations.seed_files" is empty
