Feature: Issue 17's sentences, false on a careless cutover of seed 004 (bistro-after + sql/sentences/bistro-broken-after.sql)

  Scenario: A customer is lost
    Then every row of "customers" in "bistro-before" is still in "bistro-after"

  Scenario: Real bookings are lost, test bookings excepted
    Then every row of "reservations" in "bistro-before" is still in "bistro-after", except rows where "status = 'test'"

  Scenario: An exception for other rows does not excuse the purged test bookings
    Then every row of "reservations" in "bistro-before" is still in "bistro-after" except rows where "status = 'cancelled'"

  Scenario: Row counts of listed tables
    Then the row counts of these tables are equal in "bistro-before" and "bistro-after":
      | table       |
      | customers   |
      | restaurants |
      | no_such     |

  Scenario: The totals moved
    Then the result of this query is the same in "bistro-before" and "bistro-after":
      """
      select status, count(*) as reservations, sum(total_amount) as revenue
      from reservations
      where status <> 'test' and created_at < timestamptz '2025-05-26'
      group by status
      order by status
      """

  Scenario: The totals moved more than the tolerance
    Then the result of this query is the same in "bistro-before" and "bistro-after" within 5%:
      """
      select status, count(*) as reservations, sum(total_amount) as revenue
      from reservations
      where status <> 'test' and created_at < timestamptz '2025-05-26'
      group by status
      order by status
      """

  Scenario: A customer without a diner
    Given the database "bistro-after"
    Then every row of "customers" where "email is not null" has a matching "diners" on "diners.email = lower(customers.email)"

  Scenario: An owner that is no user
    Given the database "bistro-after"
    Then every row of "restaurants" where "onboarding_status = 'ACTIVE'" has a matching "users" on "users.email = restaurants.owner_email"

  Scenario: A subscription of an inactive restaurant
    Given the database "bistro-after"
    Then every row of "subscriptions" has a matching "restaurants" on "restaurants.id = subscriptions.restaurant_id and restaurants.is_active"

  Scenario: Diners and distinct customer emails
    Given the database "bistro-after"
    Then the number of rows of "diners" equals the number of distinct "lower(email)" in "customers" where "email is not null"

  Scenario: Subscriptions and active restaurants
    Given the database "bistro-after"
    Then the number of rows of "subscriptions" equals the number of rows of "restaurants" where "is_active"

  Scenario: Diner emails, case ignored
    Given the database "bistro-after"
    Then "lower(email)" is unique in "diners"

  Scenario: Diner emails, case ignored, among verified diners
    Given the database "bistro-after"
    Then "lower(email)" is unique in "diners" where "is_verified"

  Scenario: The release's foreign keys
    Given the database "bistro-after"
    Then every foreign key from tables matching "diner_%" is covered by an index

  Scenario: No booking since the cutover
    Given the database "bistro-after"
    Then the newest "created_at" in "reservations" is at most 2 hours old

  Scenario: Exactly SELECT and INSERT
    Given the database "bistro-after"
    Then the role "authenticated" has exactly these privileges on "diners": SELECT, INSERT

  Scenario: At least UPDATE and DELETE
    Given the database "bistro-after"
    Then these privileges are granted:
      | object | role          | privileges     |
      | diners | authenticated | UPDATE, DELETE |
