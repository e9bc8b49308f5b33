@examples @functions @settings
Feature: Functions and server settings of the TrackPay demo

  Background:
    Given the database "demo-production"

  Scenario: The RPC and the trigger function, with their result, language, security and search path
    Then these functions exist:
      | function                                | returns | language | security | search path |
      | delete_client_relationship_safely(uuid) | void    | plpgsql  | definer  | public      |
      | handle_updated_at()                     | trigger | plpgsql  | invoker  | none        |
      | auth.uid()                              | uuid    | sql      |          |             |

  Scenario: The RPC checks who calls it before it deletes anything
    Then the definition of "delete_client_relationship_safely" contains "auth.uid()"
    And the definition of "delete_client_relationship_safely(uuid)" contains "RAISE EXCEPTION 'Only providers can delete client relationships'"

  Scenario: Security definer functions fix their search path
    Then every security definer function in schema "public" has a fixed search path

  # The embedded demo server runs with wal_level replica: Supabase projects that use
  # logical replication need "logical", which is what a production checklist would assert.
  Scenario: Server settings
    Then the setting "wal_level" is "replica"
    And the setting "max_connections" is at least 100
    And the setting "shared_buffers" is at least 8MB
