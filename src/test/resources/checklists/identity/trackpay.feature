Feature: Schema identity between staging and production of TrackPay

  Scenario: staging and production have the same public schema
    Then the schema "public" is identical in "staging" and "production"

  Scenario: the planted differences can be ignored by kind and name
    Then the schema "public" is identical in "staging" and "production", ignoring:
      | kind               | name                              |
      | table              | trackpay_invites                  |
      | foreign key        | trackpay_payments_session_id_fkey |
      | Policy             | rel_delete_%                      |
      | function privilege | delete_client_relationship_%      |

  Scenario: an unknown kind to ignore is a broken checklist
    Then the schema "public" is identical in "staging" and "production", ignoring:
      | kind   | name |
      | tables | x    |

  Scenario: an empty schema is not identical by default
    Then the schema "nothing_here" is identical in "staging" and "production"
