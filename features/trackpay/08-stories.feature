@trackpay @behaviour @writes
Feature: TrackPay's rules as stories: users, clients, sessions, payments and invites set up in the scenario, acted out as each user, rolled back (seed 000 Step 5 and Step 9 "Test flows")

  Every scenario is one transaction on the demo database as the migrations built it: the Background creates its
  users and rows, the steps act as them, and everything is rolled back when the scenario ends.

  Background:
    Given the database "demo-production"
    And the user "pat@stories.example" exists
    And the user "cam@stories.example" exists
    And the user "dee@stories.example" exists
    And the user "olive@stories.example" exists
    And these rows exist in "trackpay_users":
      | id                                   | auth_user_id                          | email                 | name  | role     | hourly_rate | updated_at             |
      | a0000000-0000-4000-8000-000000000001 | the id of user "pat@stories.example"   | pat@stories.example   | Pat   | provider | 90          | 2020-01-01 00:00:00+00 |
      | a0000000-0000-4000-8000-000000000002 | the id of user "cam@stories.example"   | cam@stories.example   | Cam   | client   |             | 2020-01-01 00:00:00+00 |
      | a0000000-0000-4000-8000-000000000003 | the id of user "dee@stories.example"   | dee@stories.example   | Dee   | client   |             | 2020-01-01 00:00:00+00 |
      | a0000000-0000-4000-8000-000000000004 | the id of user "olive@stories.example" | olive@stories.example | Olive | provider | 75          | 2020-01-01 00:00:00+00 |
    And these rows exist in "trackpay_relationships":
      | id                                   | provider_id                          | client_id                            |
      | b0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000002 |
      | b0000000-0000-4000-8000-000000000002 | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000003 |
      | b0000000-0000-4000-8000-000000000003 | a0000000-0000-4000-8000-000000000004 | a0000000-0000-4000-8000-000000000002 |
    And these rows exist in "trackpay_sessions":
      | id                                   | provider_id                          | client_id                            | start_time             | hourly_rate | amount_due | status | updated_at             |
      | c0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000002 | 2025-11-03 09:00:00+00 | 90          | 135        | unpaid | 2020-01-01 00:00:00+00 |
      | c0000000-0000-4000-8000-000000000002 | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000003 | 2025-11-04 09:00:00+00 | 90          | 90         | paid   | 2020-01-01 00:00:00+00 |
      | c0000000-0000-4000-8000-000000000003 | a0000000-0000-4000-8000-000000000004 | a0000000-0000-4000-8000-000000000002 | 2025-11-05 09:00:00+00 | 75          |            | active | 2020-01-01 00:00:00+00 |
    And these rows exist in "trackpay_payments":
      | id                                   | provider_id                          | client_id                            | session_id                           | amount | method |
      | d0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000003 | c0000000-0000-4000-8000-000000000002 | 90     | venmo  |
    And these rows exist in "trackpay_requests":
      | id                                   | provider_id                          | client_id                            | session_id                           | amount |
      | e0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000002 | c0000000-0000-4000-8000-000000000001 | 135    |
    And these rows exist in "trackpay_activities":
      | user_id                              | session_id                           | type            |
      | a0000000-0000-4000-8000-000000000001 | c0000000-0000-4000-8000-000000000001 | session_stopped |
      | a0000000-0000-4000-8000-000000000003 | c0000000-0000-4000-8000-000000000002 | payment_completed |
    And these rows exist in "trackpay_invites":
      | provider_id                          | client_id                            | invite_code | expires_at             |
      | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000003 | TP-STORY-1  | 2030-01-01 00:00:00+00 |

  # Profiles (Step 5 users_select_own, users_update_own)

  Scenario: A user sees their own profile and no one else's
    Given I act as the user "pat@stories.example"
    Then I see 1 row in "trackpay_users"

  Scenario: anon sees no profiles
    Given I act as the role "anon"
    Then I see no rows in "trackpay_users"

  Scenario: A user renames themselves
    Given I act as the user "cam@stories.example"
    When I query:
      """
      update trackpay_users set name = 'Cameron' where email = 'cam@stories.example' returning name
      """
    Then the result is:
      | name    |
      | Cameron |

  Scenario: Renaming a profile moves its updated_at (the handle_updated_at trigger)
    Given I act as the user "cam@stories.example"
    When I query:
      """
      update trackpay_users set name = 'Cameron' where email = 'cam@stories.example' returning updated_at > '2021-01-01' as touched
      """
    Then the result is:
      | touched |
      | t       |

  Scenario: A user cannot rename someone else: row level security hides the row
    Given I act as the user "cam@stories.example"
    When I query:
      """
      update trackpay_users set name = 'Mallory' where email = 'pat@stories.example' returning name
      """
    Then the result is empty

  Scenario: A user cannot hand their profile to another login
    Given I act as the user "cam@stories.example"
    When I query:
      """
      update trackpay_users set auth_user_id = gen_random_uuid() where email = 'cam@stories.example'
      """
    Then it fails with "new row violates row-level security policy for table \"trackpay_users\""

  Scenario: A signed-in user cannot create profiles through the API
    Given I act as the user "cam@stories.example"
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('eve@stories.example', 'Eve', 'client')
      """
    Then it fails with SQLSTATE "42501"

  Scenario: A profile's role is provider or client, nothing else
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('root@stories.example', 'Root', 'admin')
      """
    Then it fails with "violates check constraint \"trackpay_users_role_check\""

  Scenario: Two profiles cannot share an e-mail address
    Given these rows exist in "trackpay_users":
      | email               | name      | role   |
      | cam@stories.example | Cam again | client |
    Then it fails with "duplicate key value violates unique constraint \"idx_users_email\""

  # Relationships (Step 5 rel_select_by_provider, Step 4 section 9)

  Scenario: A provider sees their own clients and no one else's
    Given I act as the user "pat@stories.example"
    Then I see 2 rows in "trackpay_relationships"

  Scenario: Another provider sees only theirs
    Given I act as the user "olive@stories.example"
    Then I see 1 row in "trackpay_relationships"

  Scenario: A client sees no relationships
    Given I act as the user "cam@stories.example"
    Then I see no rows in "trackpay_relationships"

  Scenario: A provider adds a client (Test flows: Add client works)
    Given I act as the user "olive@stories.example"
    And these rows exist in "trackpay_relationships":
      | provider_id                          | client_id                            |
      | a0000000-0000-4000-8000-000000000004 | a0000000-0000-4000-8000-000000000003 |
    Then I see 2 rows in "trackpay_relationships"

  Scenario: A provider cannot add a client to another provider
    Given I act as the user "pat@stories.example"
    And these rows exist in "trackpay_relationships":
      | provider_id                          | client_id                            |
      | a0000000-0000-4000-8000-000000000004 | a0000000-0000-4000-8000-000000000003 |
    Then it fails with "new row violates row-level security policy for table \"trackpay_relationships\""

  Scenario: Nobody deletes a relationship directly, not even its provider (Step 4 section 9)
    Given I act as the user "pat@stories.example"
    When I query:
      """
      delete from trackpay_relationships returning id
      """
    Then the result is empty
    And I see 2 rows in "trackpay_relationships"

  # The delete RPC (Step 4 section 11, Step 9.2), called with its named argument

  Scenario: Without a signed-in user the RPC says "Not authenticated"
    Given I act as the role "authenticated"
    When I call "delete_client_relationship_safely(p_client_id => 'a0000000-0000-4000-8000-000000000003')"
    Then it fails with "Not authenticated"

  Scenario: anon may not call the RPC at all
    Given I act as the role "anon"
    When I call "delete_client_relationship_safely(p_client_id => 'a0000000-0000-4000-8000-000000000003')"
    Then it fails with SQLSTATE "42501"

  Scenario: A client cannot drop relationships
    Given I act as the user "cam@stories.example"
    When I call "delete_client_relationship_safely(p_client_id => 'a0000000-0000-4000-8000-000000000002')"
    Then it fails with "Only providers can delete client relationships"

  Scenario: A provider cannot drop another provider's client
    Given I act as the user "olive@stories.example"
    When I call "delete_client_relationship_safely(p_client_id => 'a0000000-0000-4000-8000-000000000003')"
    Then it fails with "Relationship not found"

  Scenario: A provider cannot drop a client who still owes for a session
    Given I act as the user "pat@stories.example"
    When I call "delete_client_relationship_safely(p_client_id => 'a0000000-0000-4000-8000-000000000002')"
    Then it fails with "Cannot delete client with 1 unpaid session(s)"

  Scenario: A provider drops a settled client (Test flows: Delete client works)
    Given I act as the user "pat@stories.example"
    When I call "delete_client_relationship_safely(p_client_id => 'a0000000-0000-4000-8000-000000000003')"
    Then the call succeeds
    And I see 1 row in "trackpay_relationships"

  Scenario: Dropping a client twice fails the second time: the first call's delete is still in the transaction
    Given I act as the user "pat@stories.example"
    When I call "delete_client_relationship_safely('a0000000-0000-4000-8000-000000000003')"
    Then the call succeeds
    When I call "delete_client_relationship_safely('a0000000-0000-4000-8000-000000000003')"
    Then it fails with "Relationship not found"

  Scenario: Dropping a client leaves an audit row naming who did it (Step 9.3)
    Given I act as the user "pat@stories.example"
    When I call "delete_client_relationship_safely(p_client_id => 'a0000000-0000-4000-8000-000000000003')"
    Then the call succeeds
    Given I act as the role "service_role"
    When I query:
      """
      select a.client_id, u.email as deleted_by from trackpay_relationship_audit a join trackpay_users u on u.auth_user_id = a.deleted_by
      where a.relationship_id = 'b0000000-0000-4000-8000-000000000002'
      """
    Then the result is:
      | client_id                            | deleted_by          |
      | a0000000-0000-4000-8000-000000000003 | pat@stories.example |

  Scenario: No user reads the relationship audit
    Given I act as the user "pat@stories.example"
    When I call "delete_client_relationship_safely(p_client_id => 'a0000000-0000-4000-8000-000000000003')"
    Then the call succeeds
    And I see no rows in "trackpay_relationship_audit"

  # Sessions (Step 5 sessions_select_involved; Test flows: Start/stop session, Mark paid)

  Scenario: A provider sees the sessions they ran
    Given I act as the user "pat@stories.example"
    Then I see 2 rows in "trackpay_sessions"

  Scenario: A client sees every session they are in, with any provider
    Given I act as the user "cam@stories.example"
    Then I see 2 rows in "trackpay_sessions"

  Scenario: A provider starts a session
    Given I act as the user "pat@stories.example"
    And these rows exist in "trackpay_sessions":
      | provider_id                          | client_id                            | start_time             | hourly_rate |
      | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000003 | 2025-11-06 09:00:00+00 | 90          |
    Then I see 3 rows in "trackpay_sessions"

  Scenario: A provider cannot start a session in another provider's name
    Given I act as the user "pat@stories.example"
    And these rows exist in "trackpay_sessions":
      | provider_id                          | client_id                            | start_time             | hourly_rate |
      | a0000000-0000-4000-8000-000000000004 | a0000000-0000-4000-8000-000000000002 | 2025-11-06 09:00:00+00 | 75          |
    Then it fails with "new row violates row-level security policy for table \"trackpay_sessions\""

  Scenario: A client cannot start a session
    Given I act as the user "cam@stories.example"
    When I query:
      """
      insert into trackpay_sessions (provider_id, client_id, start_time, hourly_rate)
      values ('a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', now(), 90)
      """
    Then it fails with "row-level security"

  Scenario: A provider stops a session
    Given I act as the user "olive@stories.example"
    When I query:
      """
      update trackpay_sessions set end_time = start_time + interval '1 hour', duration_minutes = 60, amount_due = 75, status = 'unpaid'
      where id = 'c0000000-0000-4000-8000-000000000003' returning status, amount_due, updated_at > '2021-01-01' as touched
      """
    Then the result is:
      | status | amount_due | touched |
      | unpaid | 75.00      | t       |

  Scenario: A client cannot mark their own session paid
    Given I act as the user "cam@stories.example"
    When I query:
      """
      update trackpay_sessions set status = 'paid' where id = 'c0000000-0000-4000-8000-000000000001' returning id
      """
    Then the result is empty

  Scenario: A provider cannot move a session to another provider
    Given I act as the user "pat@stories.example"
    When I query:
      """
      update trackpay_sessions set provider_id = 'a0000000-0000-4000-8000-000000000004' where id = 'c0000000-0000-4000-8000-000000000001'
      """
    Then it fails with "new row violates row-level security policy for table \"trackpay_sessions\""

  Scenario: A session's status is one of active, unpaid, requested, paid
    Given I act as the user "pat@stories.example"
    When I query:
      """
      update trackpay_sessions set status = 'done' where id = 'c0000000-0000-4000-8000-000000000001'
      """
    Then it fails with SQLSTATE "23514"

  # Payments and requests

  Scenario: The client and the provider of a payment see it; another provider does not
    Given I act as the user "dee@stories.example"
    Then I see 1 row in "trackpay_payments"
    Given I act as the user "pat@stories.example"
    Then I see 1 row in "trackpay_payments"
    Given I act as the user "olive@stories.example"
    Then I see no rows in "trackpay_payments"

  Scenario: Nobody records a payment through the API
    Given I act as the user "pat@stories.example"
    And these rows exist in "trackpay_payments":
      | provider_id                          | client_id                            | session_id                           | amount |
      | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000002 | c0000000-0000-4000-8000-000000000001 | 135    |
    Then it fails with "new row violates row-level security policy for table \"trackpay_payments\""

  Scenario: A payment is never of zero
    Given these rows exist in "trackpay_payments":
      | provider_id                          | client_id                            | amount |
      | a0000000-0000-4000-8000-000000000001 | a0000000-0000-4000-8000-000000000002 | 0      |
    Then it fails with "violates check constraint \"trackpay_payments_amount_check\""

  Scenario: A client sees the payment requests addressed to them
    Given I act as the user "cam@stories.example"
    Then I see 1 row in "trackpay_requests"
    Given I act as the user "dee@stories.example"
    Then I see no rows in "trackpay_requests"

  # What deleting does (Step 4 sections 1-8: RESTRICT, SET NULL, CASCADE)

  Scenario: A paid session cannot be deleted while its payment refers to it (RESTRICT)
    When I query:
      """
      delete from trackpay_sessions where id = 'c0000000-0000-4000-8000-000000000002'
      """
    Then it fails with "violates foreign key constraint \"trackpay_payments_session_id_fkey\""

  Scenario: Deleting a session keeps its payment request, unlinked (SET NULL)
    When I query:
      """
      delete from trackpay_sessions where id = 'c0000000-0000-4000-8000-000000000001'
      """
    And I query:
      """
      select count(*) as unlinked from trackpay_requests where id = 'e0000000-0000-4000-8000-000000000001' and session_id is null
      """
    Then the result is:
      | unlinked |
      | 1        |

  Scenario: A client with sessions cannot be deleted (RESTRICT)
    When I query:
      """
      delete from trackpay_users where id = 'a0000000-0000-4000-8000-000000000002'
      """
    Then it fails with SQLSTATE "23503"

  Scenario: A provider's invites go with the provider (CASCADE, on purpose)
    Given these rows exist in "trackpay_users":
      | id                                   | email               | name | role     |
      | a0000000-0000-4000-8000-000000000009 | ivy@stories.example | Ivy  | provider |
    And these rows exist in "trackpay_invites":
      | provider_id                          | client_id                            | invite_code | expires_at             |
      | a0000000-0000-4000-8000-000000000009 | a0000000-0000-4000-8000-000000000003 | TP-STORY-9  | 2030-01-01 00:00:00+00 |
    When I query:
      """
      delete from trackpay_users where id = 'a0000000-0000-4000-8000-000000000009'
      """
    And I query:
      """
      select count(*) as invites from trackpay_invites where invite_code = 'TP-STORY-9'
      """
    Then the result is:
      | invites |
      | 0       |

  Scenario: Deleting a login keeps the business record, unlinked (SET NULL)
    When I query:
      """
      delete from auth.users where email = 'dee@stories.example'
      """
    And I query:
      """
      select name, auth_user_id from trackpay_users where email = 'dee@stories.example'
      """
    Then the result is:
      | name | auth_user_id |
      | Dee  |              |

  # Invites and activities

  Scenario: A provider sees their invites; the invited client does not
    Given I act as the user "pat@stories.example"
    Then I see 1 row in "trackpay_invites"
    Given I act as the user "dee@stories.example"
    Then I see no rows in "trackpay_invites"

  Scenario: An invite code is used once
    Given these rows exist in "trackpay_invites":
      | provider_id                          | client_id                            | invite_code | expires_at             |
      | a0000000-0000-4000-8000-000000000004 | a0000000-0000-4000-8000-000000000002 | TP-STORY-1  | 2030-01-01 00:00:00+00 |
    Then it fails with "trackpay_invites_invite_code_key"

  Scenario: Each user's activity feed holds their own events only (Test flows: Activity feed loads)
    Given I act as the user "dee@stories.example"
    When I query:
      """
      select type from trackpay_activities
      """
    Then the result is:
      | type              |
      | payment_completed |
