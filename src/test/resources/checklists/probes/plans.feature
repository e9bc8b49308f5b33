Feature: Query plan sentences, passing and failing

  Background:
    Given the database "trvl"

  Scenario: plan sentences - pass
    When I query:
      """
      select * from adventures where category = 'hiking' and is_active order by rating desc limit 10
      """
    Then the query plan uses the index "idx_adventures_category"
    And the query plan has no sequential scan on "adventures"
    And the query completes in under 5000 ms

  Scenario: uses the index - fails
    When I query:
      """
      select count(*) from adventures where price > 100
      """
    Then the query plan uses the index "idx_adventures_category"

  Scenario: no sequential scan - fails, found deep in the tree
    When I query:
      """
      select v.business_name, count(*) from vendors v join adventures a on md5(a.title) = md5(v.business_name) group by v.business_name
      """
    Then the query plan has no sequential scan on "adventures"

  Scenario: completes in under - fails
    When I query:
      """
      select count(*) from adventures
      """
    Then the query completes in under 0 ms

  Scenario: plans as the acting role see row level security
    Given I act as the role "anon"
    When I query:
      """
      select * from adventures where category = 'hiking' order by rating desc limit 10
      """
    Then the result has 10 rows
    And the query plan uses the index "idx_adventures_category"

  Scenario: a SHOW has no plan
    When I query:
      """
      show server_version
      """
    Then the query plan uses the index "idx_adventures_category"
