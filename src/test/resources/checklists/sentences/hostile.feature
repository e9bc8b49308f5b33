Feature: Issue 17's sentences given hostile names, conditions, expressions, queries and numbers ("source" and "copy")

  Background:
    Given the database "source"

  Scenario: Quoted names and a condition with quotes
    Then every row of "Guest 'List'" in "source" is still in "copy", except rows where "\"e-mail\" is null or note = 'drop table x'"

  Scenario: A key whose type changed between the databases
    Then every row of "bookings; drop table x" in "source" is still in "copy"

  Scenario: A table without a primary key
    Then every row of "no_key" in "source" is still in "copy"

  Scenario: An empty source proves nothing
    Then every row of "empty_things" in "source" is still in "copy"

  Scenario: An exception that excuses nothing
    Then every row of "bookings; drop table x" in "source" is still in "copy", except rows where "note = 'o''brien'"

  Scenario: A condition with two statements is refused
    Then every row of "bookings; drop table x" in "source" is still in "copy", except rows where "true; delete from bookings"

  Scenario: A condition naming an unknown column
    Then every row of "bookings; drop table x" in "source" is still in "copy", except rows where "cancelled"

  Scenario: Matching on quoted names
    Then every row of "visits & more" where "\"Guest Id\" is not null" has a matching "Guest 'List'" on "\"Guest 'List'\".\"Guest Id\" = \"visits & more\".\"Guest Id\""

  Scenario: A match condition naming a column that is not there
    Then every row of "visits & more" has a matching "Guest 'List'" on "\"Guest 'List'\".x = 1"

  Scenario: A match condition naming a table with a semicolon is refused
    Then every row of "visits & more" has a matching "bookings; drop table x" on "\"bookings; drop table x\".id = \"visits & more\".id"

  Scenario: Matching a table against itself
    Then every row of "empty_things" has a matching "empty_things" on "empty_things.id = empty_things.id + 1"

  Scenario: A match condition that is not boolean
    Then every row of "Guest 'List'" has a matching "visits & more" on "note"

  Scenario: An expression with a semicolon is refused
    Then "lower(note); drop table x" is unique in "bookings; drop table x"

  Scenario: An expression with a comment is refused
    Then "lower(note) -- and more" is unique in "bookings; drop table x"

  Scenario: An expression that writes cannot run in a read-only transaction
    Then "nextval('counter')" is unique in "bookings; drop table x"

  Scenario: An expression with quotes
    Then "lower(\"e-mail\")" is unique in "Guest 'List'"

  Scenario: An expression over an unknown column
    Then "lower(email)" is unique in "bookings; drop table x"

  Scenario: Counts with quoted names
    Then the number of rows of "visits & more" where "\"Guest Id\" is not null" equals the number of distinct "\"Guest Id\"" in "Guest 'List'" where "\"e-mail\" is not null"

  Scenario: A query that writes is refused
    Then the result of this query is the same in "source" and "copy":
      """
      delete from "bookings; drop table x" returning id
      """

  Scenario: A query of two statements is refused
    Then the result of this query is the same in "source" and "copy":
      """
      select 1; select 2
      """

  Scenario: A query that returns nothing compares nothing
    Then the result of this query is the same in "source" and "copy":
      """
      select id from "bookings; drop table x" where false
      """

  Scenario: A query whose rows differ
    Then the result of this query is the same in "source" and "copy":
      """
      select "Guest Id", "e-mail" from "Guest 'List'" order by 1
      """

  Scenario: A tolerance of 0% is exact
    Then the result of this query is the same in "source" and "copy" within 0%:
      """
      select count(*) as bookings from "bookings; drop table x"
      """

  Scenario: Freshness of a column that is no time
    Then the newest "note" in "bookings; drop table x" is at most 2 hours old

  Scenario: Freshness of an empty table
    Then the newest "created_at" in "empty_things" is at most 2 hours old

  Scenario: Freshness with a huge number
    Then the newest "created_at" in "empty_things" is at most 99999999999999 hours old

  Scenario: Freshness of a quoted column
    Then the newest "Created At" in "Guest 'List'" is at most 1 day old

  Scenario: Unknown privilege words
    Then the role "authenticated" has exactly these privileges on "bookings; drop table x": SELECT, DROP

  Scenario: Exactly ALL
    Then the role "service_role" has exactly these privileges on "bookings; drop table x": ALL

  Scenario: Foreign keys of quoted tables
    Then every foreign key from tables matching "visits &%" is covered by an index

  Scenario: Foreign keys of a pattern that matches nothing
    Then every foreign key from tables matching "nothing_%" is covered by an index
