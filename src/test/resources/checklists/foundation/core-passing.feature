Feature: The core vocabulary holds on a database that is right

  Background:
    Given the database "core"

  Scenario: Tables and views
    Then the table "trackpay_users" exists
    And the table "legacy_orders" does not exist
    And 8 tables match "trackpay_%"
    And 1 table matches "legacy.order_lines"
    And these views exist:
      | view               |
      | legacy.open_orders |
    And exactly these tables exist in schema "legacy":
      | table       |
      | orders      |
      | order_lines |

  Scenario: Keys
    Then these foreign keys exist:
      | table             | columns    | references         | on delete | on update |
      | trackpay_payments | session_id | trackpay_sessions(id) | RESTRICT | NO ACTION |
    And every foreign key from "trackpay_sessions" has delete rule RESTRICT
    And no foreign key referencing "trackpay_users" has delete rule SET DEFAULT
    And every table matching "trackpay_%" has a primary key

  Scenario: Row level security and policies
    Then row level security is enabled on "trackpay_users"
    And row level security is enabled on every table in schema "public"
    And exactly these policies exist on "trackpay_relationships":
      | policy                 |
      | rel_select_by_provider |
      | rel_insert_by_provider |
    And these policies exist:
      | policy           | table          | mode       | with check | command |
      | users_update_own | trackpay_users | permissive |            | UPDATE  |

  Scenario: Row counts
    Then the table "trackpay_users" has 6 rows
    And the table "trackpay_users" has at least 1 row
    And these row counts hold:
      | rows | table             |
      | 5    | trackpay_payments |
      | 2    | trackpay_invites  |
    And the row counts of every table in schema "public" are equal in "core" and "core"
