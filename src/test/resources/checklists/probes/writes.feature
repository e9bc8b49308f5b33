Feature: Probes that write: read-only unless @writes, rolled back always

  Background:
    Given the database "production"

  @writes
  Scenario: a @writes call that deletes and inserts succeeds
    Given I act as the "authenticated" user "7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22"
    When I call "delete_client_relationship_safely('10000000-0000-4000-8000-000000000004')"
    Then the call succeeds

  @writes
  Scenario: a @writes insert as a provider goes through row level security
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    When I query:
      """
      with added as (
        insert into trackpay_sessions (provider_id, client_id, start_time, hourly_rate)
        values ('10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004', '2025-11-01 09:00:00+00', 60)
        returning id)
      select count(*) as added from added
      """
    Then the result is:
      | added |
      | 1     |

  @writes
  Scenario: a @writes direct delete of relationships removes nothing
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    When I query:
      """
      with deleted as (delete from trackpay_relationships returning id) select count(*) as deleted from deleted
      """
    Then the result is:
      | deleted |
      | 0       |

  Scenario: a call that writes without @writes fails
    Given I act as the "authenticated" user "7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22"
    When I call "delete_client_relationship_safely('10000000-0000-4000-8000-000000000004')"

  Scenario: an insert without @writes fails
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    When I query:
      """
      with added as (
        insert into trackpay_sessions (provider_id, client_id, start_time, hourly_rate)
        values ('10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000004', '2025-11-01 09:00:00+00', 60)
        returning id)
      select count(*) as added from added
      """

  Scenario: a function that inserts without @writes fails
    When I call "public.note_something('hello')"
