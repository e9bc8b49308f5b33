@trvl @behaviour @performance
Feature: TRVL Social v3 after migration: row level security as the API roles, and the adventure search plan (seed 003)

  Background:
    Given the database "demo-trvl"

  Scenario: Without authentication, booking payments stay hidden (Post-Migration 3, "SET ROLE anon")
    Given I act as the role "anon"
    Then I see no rows in "booking_payments"
    And I see no rows in "bookings"

  Scenario: anon may not read payment intents at all, which is not the same as seeing none
    Given I act as the role "anon"
    Then reading "stripe_payment_intents" is denied

  Scenario: A traveler sees their own bookings and payments, and nobody else's
    Given I act as the "authenticated" user "a0000000-0000-4000-8000-000000000001"
    Then I see 10 rows in "bookings"
    And I see 6 rows in "booking_payments"
    When I query:
      """
      select distinct user_id from bookings
      """
    Then the result is:
      | user_id                              |
      | a0000000-0000-4000-8000-000000000001 |

  Scenario: A vendor sees the bookings of their adventures but not the travelers' payments
    Given I act as the "authenticated" user "a0000000-0000-4000-8000-000000000003" with claims:
      | claim | value          |
      | email | vera@trvl.test |
    Then I see 10 rows in "bookings"
    And I see no rows in "booking_payments"
    When I query:
      """
      select auth.uid() as uid, auth.role() as role, auth.jwt() ->> 'email' as email
      """
    Then the result is:
      | uid                                  | role          | email          |
      | a0000000-0000-4000-8000-000000000003 | authenticated | vera@trvl.test |

  Scenario: Booking statuses after the data migration
    When I query:
      """
      select status, count(*) from bookings group by status order by status
      """
    Then the result is:
      | status    | count |
      | cancelled | 3     |
      | confirmed | 12    |
      | pending   | 5     |
    And the result has 3 rows

  Scenario: The adventure search uses its index (Performance Baseline)
    When I query:
      """
      select * from adventures where category = 'hiking' and is_active order by rating desc limit 10
      """
    Then the result has 10 rows
    And the query plan uses the index "idx_adventures_category"
    And the query plan has no sequential scan on "adventures"
    And the query completes in under 100 ms
