Feature: Behaviour sentences, passing and failing

  Background:
    Given the database "production"

  Scenario: I see rows - passes
    Given I act as the "authenticated" user "7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22"
    Then I see 2 rows in "trackpay_relationships"
    And I see 4 rows in "trackpay_sessions"
    And I see 1 row in "trackpay_users"

  Scenario: I see rows - fails
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    Then I see 3 rows in "trackpay_relationships"

  Scenario: I see no rows - passes
    Given I act as the role "anon"
    Then I see no rows in "trackpay_relationships"

  Scenario: I see no rows - fails
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    Then I see no rows in "trackpay_sessions"

  Scenario: I see no rows - fails when reading is denied
    Given I act as the role "anon"
    Then I see no rows in "denied_notes"

  Scenario: reading is denied - passes
    Given I act as the role "anon"
    Then reading "denied_notes" is denied

  Scenario: reading is denied - fails when row level security only hides rows
    Given I act as the role "anon"
    Then reading "trackpay_payments" is denied

  Scenario: I see rows without acting is a broken item
    Then I see 2 rows in "trackpay_relationships"

  Scenario: acting as an unknown role is a broken item
    Given I act as the role "nobody_here"

  Scenario: claims reach auth.jwt() - passes
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11" with claims:
      | claim | value               |
      | email | alice@trackpay.test |
    When I query:
      """
      select auth.uid() as uid, auth.role() as role, auth.jwt() ->> 'email' as email, current_user as db_role
      """
    Then the result is:
      | uid                                  | role          | email               | db_role       |
      | 7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11 | authenticated | alice@trackpay.test | authenticated |

  Scenario: call fails with - passes
    Given I act as the role "authenticated"
    When I call "delete_client_relationship_safely('00000000-0000-0000-0000-000000000000')"
    Then the call fails with "Not authenticated"

  Scenario: call fails with - fails when anon lacks EXECUTE
    Given I act as the role "anon"
    When I call "delete_client_relationship_safely('00000000-0000-0000-0000-000000000000')"
    Then the call fails with "Not authenticated"

  Scenario: call fails with - fails with another message of the function
    Given I act as the "authenticated" user "7d9c0b7e-3333-4c4f-9a52-3b0e2f1d0a33"
    When I call "delete_client_relationship_safely(10000000-0000-4000-8000-000000000004)"
    Then the call fails with "Not authenticated"

  Scenario: call fails with - fails when the call succeeds
    When I call "public.echo_args('it''s', 42, null, true)"
    Then the call fails with "anything"

  Scenario: call succeeds - passes
    When I call "public.echo_args('it''s', 42, null, true)"
    Then the call succeeds

  Scenario: call succeeds - fails
    Given I act as the role "authenticated"
    When I call "delete_client_relationship_safely('00000000-0000-0000-0000-000000000000')"
    Then the call succeeds

  Scenario: call returns - passes, arguments bound as literals
    When I call "public.echo_args('it''s', 42.50, null, true)"
    Then the call returns:
      | txt  | num  | nothing | flag |
      | it's | 42.5 | null    | yes  |

  Scenario: call returns - fails
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    When I call "auth.uid()"
    Then the call returns:
      | uid                                  |
      | 7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22 |

  Scenario: a call with an expression is refused before anything runs
    When I call "delete_client_relationship_safely((select id from trackpay_users limit 1))"

  Scenario: calling a function that does not exist fails
    When I call "delete_client_relationship_quickly('00000000-0000-0000-0000-000000000000')"
