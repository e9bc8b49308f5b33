Feature: A Supabase migrations folder, applied to an embedded database

  Background:
    Given the database "pr"

  Scenario: The tables of the migrations exist, with row level security
    Then these tables exist:
      | table           |
      | profiles        |
      | projects        |
      | project_members |
    And row level security is enabled on every table in schema "public"

  Scenario: Users' rows hang off auth.users
    Then these foreign keys exist:
      | table           | columns    | references | on delete |
      | profiles        | id         | auth.users | CASCADE   |
      | projects        | owner_id   | auth.users | CASCADE   |
      | project_members | user_id    | auth.users | RESTRICT  |
      | project_members | project_id | projects   | CASCADE   |

  Scenario: Policies on the app's tables and on storage
    Then these policies exist:
      | table           | policy                 | command | roles         | using                 |
      | profiles        | profiles_select_own    | SELECT  | authenticated | auth.uid() = id       |
      | projects        | projects_select_member | SELECT  | authenticated | owner_id = auth.uid() |
      | storage.objects | avatar_owner_reads     | SELECT  | authenticated | auth.uid()            |

  Scenario: The definer function is for signed-in users only
    Then the function "archive_project(uuid)" exists
    And the role "authenticated" can execute "archive_project(uuid)"
    And the role "anon" cannot execute "archive_project(uuid)"
    And the function "active_project_count()" exists

  Scenario: The trigram index was built with the contrib extension
    Then these indexes exist:
      | table    | index                  | columns  | unique |
      | projects | projects_name_trgm_idx | name     | no     |
      | projects | projects_owner_idx     | owner_id | no     |

  Scenario: History, seed, bucket and the sign-up trigger
    Then the table "supabase_migrations.schema_migrations" has 3 rows
    And the table "supabase_migrations.seed_files" has 1 row
    And the table "storage.buckets" has 1 row
    And the table "projects" has 2 rows
    And the table "profiles" has 2 rows
