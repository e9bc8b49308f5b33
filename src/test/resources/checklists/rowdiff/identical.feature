Feature: Identical rows, compared by primary key across two databases

  Scenario: Text keys, under different collations on each side
    Then the rows of "rd_text" are identical in "source" and "target"

  Scenario: Uuid keys
    Then the rows of "rd_uuid" are identical in "source" and "target"

  Scenario: Composite keys
    Then the rows of "rd_composite" are identical in "source" and "target"

  Scenario: Numeric keys
    Then the rows of "rd_numeric" are identical in "source" and "target"

  Scenario: NULLs and empty strings
    Then the rows of "rd_nulls" are identical in "source" and "target"

  Scenario: Many rows, bigint keys
    Then the rows of "public.rd_big" are identical in "source" and "target"

  Scenario: Many rows, text keys under different collations
    Then the rows of "rd_bigtext" are identical in "source" and "target"

  Scenario: Every table of a pattern
    Then the rows of every table matching "rd_%" are identical in "source" and "target"

  Scenario: A table without a primary key
    Then the rows of "nopk_things" are identical in "source" and "target"

  Scenario: A pattern that matches nothing
    Then the rows of every table matching "nothing_%" are identical in "source" and "target"
