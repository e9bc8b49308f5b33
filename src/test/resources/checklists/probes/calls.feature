Feature: Calls as PostgreSQL and PostgREST make them, and the catalog sentences pgTAP users reach for

  Background:
    Given the database "calls"

  Scenario: A defaulted parameter may be left out
    When I call "greet('Ada')"
    Then the call returns:
      | greet       |
      | hello, Ada  |

  Scenario: Named arguments, in any order
    When I call "greet(greeting => 'hi', who => 'Ada')"
    Then the call returns:
      | greet   |
      | hi, Ada |

  Scenario: An argument taken from the previous result
    When I query:
      """
      select 'Grace' as who
      """
    And I call "greet(the \"who\" of the result, greeting := 'welcome')"
    Then the call returns:
      | greet          |
      | welcome, Grace |

  Scenario: Rows among a set-returning call's result
    When I call "numbered(5)"
    Then the result contains:
      | i | label |
      | 4 | row 4 |
      | 2 | row 2 |

  Scenario: A row that is not among the result - fails
    When I call "numbered()"
    Then the result contains:
      | i | label |
      | 3 | row 3 |

  Scenario: A parameter name the function does not have - broken
    When I call "greet('Ada', colour => 'red')"

  Scenario: The catalog sentences - pass
    Then the primary key of "trackpay_users" is (id)
    And the table "trackpay_relationship_audit" has exactly these columns:
      | column          | type        |
      | id              | uuid        |
      | relationship_id | uuid        |
      | provider_id     | uuid        |
      | client_id       | uuid        |
      | deleted_by      | uuid        |
      | created_at      | timestamptz |
    And the role "anon" has no privileges on schema "private_things"

  Scenario: The primary key is other columns - fails
    Then the primary key of "trackpay_users" is (email, id)

  Scenario: A column the list does not name - fails
    Then the table "trackpay_relationship_audit" has exactly these columns:
      | column          |
      | id              |
      | relationship_id |
      | provider_id     |
      | client_id       |
      | created_at      |

  Scenario: A schema the role may use - fails
    Then the role "anon" has no privileges on schema "public"
