@trackpay @functions @critical
Feature: TrackPay delete RPC code (seed 000: Step 6.3 "Function exists and shows correct code")

  Background:
    Given the database "demo-production"

  Scenario: The delete RPC exists and shows the code the migration wrote (Step 6.3)
    Then the function "delete_client_relationship_safely(uuid)" exists
    And these functions exist:
      | function                                | returns | language | security | search path |
      | delete_client_relationship_safely(uuid) | void    | plpgsql  | definer  | public      |
    And the definition of "delete_client_relationship_safely(uuid)" contains "auth.uid()"
    And the definition of "delete_client_relationship_safely(uuid)" contains "Not authenticated"

  Scenario: No security definer function in public can be hijacked through the search path
    Then every security definer function in schema "public" has a fixed search path
