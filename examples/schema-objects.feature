@examples @schema
Feature: Schema objects of the TrackPay demo (schemas, columns, enums, extensions)

  Background:
    Given the database "demo-production"

  Scenario: The Supabase schemas exist
    Then the schema "auth" exists
    And the schema "storage" exists
    And the schema "extensions" exists

  Scenario: trackpay_users has the columns the migration created
    Then the table "trackpay_users" has these columns:
      | column       | type          | nullable | default           |
      | id           | uuid          | no       | gen_random_uuid() |
      | auth_user_id | uuid          | yes      | none              |
      | email        | text          | no       |                   |
      | role         | text          | no       |                   |
      | hourly_rate  | numeric(10,2) | yes      |                   |
      | created_at   | timestamptz   | no       | now()             |

  Scenario: Columns in any order, some cells left out, defaults as the migration wrote them
    Then the table "trackpay_sessions" has these columns:
      | default  | column           | type    |
      | 'active' | status           | text    |
      |          | duration_minutes | int     |
      |          | hourly_rate      | decimal(10,2) |
    And the table "trackpay_activities" has these columns:
      | column | default      |
      | data   | '{}'::jsonb  |

  Scenario: The trackpay_role enum has its labels in order
    Then the enum "trackpay_role" has these labels:
      | provider |
      | client   |

  Scenario: The extensions Supabase puts in the extensions schema
    Then these extensions are installed:
      | extension | schema     | version |
      | pgcrypto  | extensions |         |
      | uuid-ossp | extensions |         |
      | plpgsql   |            |         |
