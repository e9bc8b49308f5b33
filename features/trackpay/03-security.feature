@trackpay @security @critical
Feature: TrackPay row level security and the delete RPC (seed 000: Step 4 sections 9-11, Step 5, Step 6.2-6.3)

  Background:
    Given the database "demo-production"

  Scenario: RLS is enabled on all 8 tables (Step 5, Step 6.2)
    Then row level security is enabled on every table matching "trackpay_%"
    And row level security is enabled on these tables:
      | table                       |
      | trackpay_users              |
      | trackpay_relationships      |
      | trackpay_sessions           |
      | trackpay_payments           |
      | trackpay_requests           |
      | trackpay_activities         |
      | trackpay_invites            |
      | trackpay_relationship_audit |

  Scenario: The basic policies are created as written (Step 5)
    Then these policies exist:
      | table                  | policy                   | command | roles         | using                                                                  |
      | trackpay_users         | users_select_own         | SELECT  | authenticated | auth.uid() = auth_user_id                                              |
      | trackpay_relationships | rel_select_by_provider   | SELECT  | authenticated | provider_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid()) |
      | trackpay_sessions      | sessions_select_involved | SELECT  | authenticated | client_id IN (SELECT id FROM trackpay_users WHERE auth_user_id = auth.uid())   |

  Scenario: Nobody can delete a relationship directly (Step 4 section 9)
    Then the table "trackpay_relationships" has no DELETE policy

  Scenario: The delete RPC exists and only authenticated may call it (Step 4 section 11, Step 6.3)
    Then the function "delete_client_relationship_safely(uuid)" exists
    And the role "authenticated" can execute "delete_client_relationship_safely(uuid)"
    And the role "anon" cannot execute "delete_client_relationship_safely(uuid)"

  Scenario: The relationship audit table exists (Step 4 section 10)
    Then the table "trackpay_relationship_audit" exists
