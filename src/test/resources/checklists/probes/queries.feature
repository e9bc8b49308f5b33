Feature: Query sentences, passing and failing

  Background:
    Given the database "production"

  Scenario: result is - passes, cells compared the psql way
    When I query:
      """
      select role, count(*) as count, bool_and(hourly_rate is not null) as rated, max(hourly_rate) as top
        from trackpay_users group by role order by role
      """
    Then the result is:
      | role     | count | rated | top  |
      | client   | 3     | no    | null |
      | provider | 3     | true  | 80   |

  Scenario: result is - fails
    When I query:
      """
      select role, count(*) as count from trackpay_users group by role order by role
      """
    Then the result is:
      | role     | count |
      | client   | 3     |
      | provider | 4     |

  Scenario: result is - fails when the order differs
    When I query:
      """
      select role from trackpay_users group by role order by role desc
      """
    Then the result is:
      | role     |
      | client   |
      | provider |

  Scenario: result is, in any order - passes
    When I query:
      """
      select role from trackpay_users group by role order by role desc
      """
    Then the result is, in any order:
      | role     |
      | client   |
      | provider |

  Scenario: result is, in any order - fails
    When I query:
      """
      select role from trackpay_users group by role
      """
    Then the result is, in any order:
      | role     |
      | admin    |
      | provider |

  Scenario: result is empty - passes
    When I query:
      """
      select * from trackpay_invites where false
      """
    Then the result is empty

  Scenario: result is empty - fails
    When I query:
      """
      select id from trackpay_users
      """
    Then the result is empty

  Scenario: result has rows - passes
    When I query:
      """
      select id from trackpay_users where role = 'client'
      """
    Then the result has 3 rows
    When I query:
      """
      values (1)
      """
    Then the result has 1 row

  Scenario: result has rows - fails
    When I query:
      """
      select id from trackpay_users
      """
    Then the result has 3 rows

  Scenario: query on a named database - passes
    When I query "staging":
      """
      table trackpay_relationships
      """
    Then the result has 4 rows

  Scenario: semicolons and keywords inside quotes, dollar quotes and comments are one statement
    When I query:
      """
      select 'a;b' as x, $$c; delete$$ as y, "role" as z /* ; insert */ from trackpay_users -- ; update
      where email = 'alice@trackpay.test';
      """
    Then the result is:
      | x   | y         | z        |
      | a;b | c; delete | provider |

  Scenario: two statements are refused
    When I query:
      """
      select 1; select 2
      """

  Scenario: a delete is refused
    When I query:
      """
      delete from trackpay_invites
      """

  Scenario: a writing WITH is refused
    When I query:
      """
      with d as (delete from trackpay_invites returning id) select count(*) from d
      """

  Scenario: an unknown column is a broken item
    When I query:
      """
      select 1 as one
      """
    Then the result is:
      | two |
      | 1   |
