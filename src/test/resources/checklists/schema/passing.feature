Feature: Schema objects, functions and settings that hold on the prepared database

  Background:
    Given the database "production"

  Scenario: The audit schema exists
    Then the schema "audit" exists

  Scenario: The profiles columns, with aliases, optional cells and defaults as written in a migration
    Then the table "profiles" has these columns:
      | column     | type         | nullable | default           |
      | id         | uuid         | no       | gen_random_uuid() |
      | email      | varchar(120) | no       | none              |
      | role       | user_role    | no       | 'traveler'        |
      | score      | int          | yes      | 0                 |
      | is_active  | bool         |          | TRUE              |
      | created_at | timestamptz  | no       | NOW()             |
      | nickname   |              | yes      |                   |
    And the table "audit.events" has these columns:
      | type   | column  | default          |
      | bigint | id      |                  |
      | jsonb  | payload | '{}'::jsonb      |

  Scenario: The user_role enum has its labels in order
    Then the enum "user_role" has these labels:
      | traveler |
      | vendor   |
      | admin    |

  Scenario: Extensions from the Supabase base
    Then these extensions are installed:
      | extension | schema     | version |
      | pgcrypto  | extensions |         |
      | uuid-ossp |            |         |
      | plpgsql   | pg_catalog | 1.0     |

  Scenario: Functions with their result, language, security and search path
    Then these functions exist:
      | function                             | returns | language | security | search path     |
      | set_role_safely(uuid, user_role)     | void    | plpgsql  | definer  | public, pg_temp |
      | profile_count                        | bigint  | sql      | invoker  | none            |
      | audit.log_event(jsonb)               | void    | sql      | definer  | ""              |
    And these functions exist:
      | function        |
      | greet(integer)  |
    And the definition of "set_role_safely(uuid, user_role)" contains "auth.uid()"
    And the definition of "set_role_safely" contains "RAISE EXCEPTION 'Not authenticated'"
    And every security definer function in schema "audit" has a fixed search path

  Scenario: Settings of the embedded server
    Then the setting "wal_level" is "replica"
    And the setting "max_connections" is at least 100
    And the setting "shared_buffers" is at least 1MB
    And the setting "fsync" is "no"
