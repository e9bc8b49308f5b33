Feature: A Prisma migrations folder, applied to an embedded database

  Background:
    Given the database "pr"

  Scenario: Prisma's tables, keys and history
    Then these tables exist:
      | table    |
      | Customer |
      | Order    |
    And these foreign keys exist:
      | table    | columns    | references | on delete |
      | Customer | authUserId | auth.users | RESTRICT  |
      | Order    | customerId | Customer   | CASCADE   |
    And these indexes exist:
      | table    | index              | columns | unique |
      | Customer | Customer_email_key | email   | yes    |
    And the table "_prisma_migrations" has 2 rows

  Scenario: The hand-written policy
    Then row level security is enabled on "Order"
    And these policies exist:
      | table | policy            | command | roles         | using      |
      | Order | order_owner_reads | SELECT  | authenticated | auth.uid() |
