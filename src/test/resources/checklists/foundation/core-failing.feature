Feature: Each core sentence fails, saying exactly what is wrong, on a database that is not as the checklist says

  Background:
    Given the database "core"

  Scenario: A table that should be gone is still there
    Then the table "trackpay_users" does not exist

  Scenario: A table that should exist does not
    Then the table "legacy_orders" exists

  Scenario: The tables matching a pattern are not exactly the list
    Then exactly these tables match "trackpay_%":
      | table                  |
      | trackpay_users         |
      | trackpay_relationships |
      | trackpay_sessions      |
      | trackpay_payments      |
      | trackpay_requests      |
      | trackpay_activities    |
      | trackpay_invites       |
      | trackpay_refunds       |

  Scenario: The number of matching tables is wrong
    Then 9 tables match "trackpay_%"

  Scenario: A table where a view was expected
    Then these views exist:
      | view           |
      | trackpay_users |

  Scenario: Foreign keys referencing users are not all RESTRICT
    Then every foreign key referencing "trackpay_users" has delete rule RESTRICT

  Scenario: A CASCADE that nobody excepted
    Then no foreign key referencing "trackpay_users" has delete rule CASCADE

  Scenario: A row level security exception that excuses nothing
    Then row level security is enabled on every table in schema "public", except:
      | table          |
      | trackpay_users |

  Scenario: An exception that silences nothing
    Then no foreign key referencing "trackpay_users" has delete rule CASCADE, except:
      | table            |
      | trackpay_invites |
      | trackpay_payments |

  Scenario: A foreign key's update rule differs
    Then these foreign keys exist:
      | table             | columns    | references     | on update |
      | trackpay_payments | client_id  | trackpay_users | CASCADE   |

  Scenario: A table without a primary key
    Then every table matching "legacy.%" has a primary key

  Scenario: Row level security is not forced
    Then row level security is forced on "trackpay_payments"

  Scenario: A policy that is not in the list
    Then exactly these policies exist on "trackpay_relationships":
      | policy                 |
      | rel_select_by_provider |

  Scenario: A policy's expression and roles differ
    Then these policies exist:
      | table          | policy           | roles | using                     |
      | trackpay_users | users_select_own | anon  | auth.uid() = id           |

  Scenario: An index on other columns, and one that is missing
    Then these indexes exist:
      | table                  | index                      | columns               | unique |
      | trackpay_relationships | idx_relationships_provider | client_id, provider_id | no    |
      | trackpay_sessions      | idx_sessions_started_at    |                        |       |

  Scenario: A function that does not exist
    Then the function "delete_client_relationship_safely(text)" exists

  Scenario: A role that can execute what it should not
    Then the role "authenticated" cannot execute "delete_client_relationship_safely(uuid)"

  Scenario: A row count that is off
    Then the table "trackpay_users" has 7 rows

  Scenario: A table that should be empty is not
    Then the table "trackpay_invites" is empty

  Scenario: Several row counts, every one reported
    Then these row counts hold:
      | table             | rows |
      | trackpay_users    | 6    |
      | trackpay_payments | 4    |
      | trackpay_ghosts   | 0    |
