Feature: Migrations and a seed written for psql, applied as psql applies them

  Background:
    Given the database "pr"

  Scenario: \set variables, \i and \ir includes, \echo and \unset
    Then the table "tenants" has 2 rows
    And the table "tenant_admins" has 2 rows
    And the table "supabase_migrations.seed_files" has 1 row
    And these tables exist:
      | table             |
      | TenantSettings    |
