@trackpay @behaviour @critical
Feature: TrackPay behaviour as the API roles: the delete RPC and row level security probed (seed 000: Step 5 "Test policies work", Step 9.2 "Test Delete RPC")

  Background:
    Given the database "demo-production"

  Scenario: Without a signed-in user the delete RPC fails with "Not authenticated" (Step 9.2, as the SQL editor test does)
    Given I act as the role "authenticated"
    When I call "delete_client_relationship_safely('00000000-0000-0000-0000-000000000000')"
    Then the call fails with "Not authenticated"

  Scenario: anon is refused the delete RPC for lack of EXECUTE, before the function even runs
    Given I act as the role "anon"
    When I call "delete_client_relationship_safely('00000000-0000-0000-0000-000000000000')"
    Then the call fails with "permission denied for function delete_client_relationship_safely"

  Scenario: A client cannot delete relationships through the RPC
    Given I act as the "authenticated" user "7d9c0b7e-4444-4c4f-9a52-3b0e2f1d0a44"
    When I call "delete_client_relationship_safely('10000000-0000-4000-8000-000000000001')"
    Then the call fails with "Only providers can delete client relationships"

  Scenario: A provider cannot drop a client who still owes for sessions
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    When I call "delete_client_relationship_safely('10000000-0000-4000-8000-000000000004')"
    Then the call fails with "unpaid session"

  @writes
  Scenario: A provider can drop a settled client through the RPC (rolled back: nothing is kept)
    Given I act as the "authenticated" user "7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22"
    When I call "delete_client_relationship_safely('10000000-0000-4000-8000-000000000004')"
    Then the call succeeds

  Scenario: A provider sees their own relationships and no one else's (Step 5 rel_select_by_provider)
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    Then I see 2 rows in "trackpay_relationships"
    When I query:
      """
      select distinct provider_id from trackpay_relationships
      """
    Then the result is:
      | provider_id                          |
      | 10000000-0000-4000-8000-000000000001 |

  Scenario: A provider without clients sees no relationships
    Given I act as the "authenticated" user "7d9c0b7e-3333-4c4f-9a52-3b0e2f1d0a33"
    Then I see no rows in "trackpay_relationships"
    And I see no rows in "trackpay_sessions"

  Scenario: A client sees only the sessions they are involved in (Step 5 sessions_select_involved)
    Given I act as the "authenticated" user "7d9c0b7e-4444-4c4f-9a52-3b0e2f1d0a44"
    Then I see 6 rows in "trackpay_sessions"
    When I query:
      """
      select count(*) as others from trackpay_sessions where client_id <> '10000000-0000-4000-8000-000000000004'
      """
    Then the result is:
      | others |
      | 0      |

  Scenario: anon sees nothing, and nobody reads the relationship audit
    Given I act as the role "anon"
    Then I see no rows in "trackpay_sessions"
    And I see no rows in "trackpay_payments"
    And I see no rows in "trackpay_relationship_audit"

  @writes
  Scenario: Nobody can delete a relationship directly, not even its provider (Step 4 section 9; rolled back)
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    Then I see 2 rows in "trackpay_relationships"
    When I query:
      """
      with deleted as (delete from trackpay_relationships returning id)
      select count(*) as deleted from deleted
      """
    Then the result is:
      | deleted |
      | 0       |
