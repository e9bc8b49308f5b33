Feature: Security and platform sentences fail, naming every defect, on a broken TrackPay database

  Background:
    Given the database "production"

  Scenario: A protected table without a policy
    Then every table with row level security enabled has at least one policy

  Scenario: Privileges differ from the list
    Then these privileges are granted:
      | object                                  | role          | privileges             |
      | trackpay_users                          | authenticated | SELECT, INSERT, UPDATE |
      | storage.buckets                         | anon          | SELECT                 |
      | delete_client_relationship_safely(uuid) | anon          | EXECUTE                |
      | trackpay_ghosts                         | anon          | SELECT                 |

  Scenario: anon holds privileges on payments
    Then the role "anon" has no privileges on "trackpay_payments"

  Scenario: An unindexed foreign key
    Then every foreign key in schema "public" is covered by an index

  Scenario: Triggers differ from the list
    Then these triggers exist:
      | table             | trigger                          | timing | events          | function            | enabled |
      | trackpay_users    | trackpay_users_set_updated_at    | AFTER  | INSERT OR UPDATE | audit()            | yes     |
      | trackpay_sessions | trackpay_sessions_set_updated_at | BEFORE | UPDATE          | handle_updated_at() | yes     |
      | trackpay_payments | trackpay_payments_audit          | AFTER  | INSERT          |                     |         |

  Scenario: Disabled triggers
    Then every trigger on tables matching "trackpay_%" is enabled

  Scenario: A sequence behind its column
    Then every sequence in schema "public" is ahead of its column's highest value

  Scenario: Buckets differ from the list
    Then these storage buckets exist:
      | bucket     | public | file size limit | allowed mime types |
      | avatars    | yes    |                 |                    |
      | documents  | no     | 10485760        | application/pdf    |
      | recordings | no     |                 |                    |

  Scenario: No pg_cron
    Then these scheduled jobs exist:
      | job               | schedule  | active |
      | payment-reminders | 0 9 * * * | no     |

  Scenario: An unknown role
    Then the role "nobody" has no privileges on "trackpay_payments"

  Scenario: An unknown role in the privileges table
    Then these privileges are granted:
      | object         | role    | privileges |
      | trackpay_users | nobody  | SELECT     |

  Scenario: An unknown trigger timing
    Then these triggers exist:
      | table          | trigger                       | timing |
      | trackpay_users | trackpay_users_set_updated_at | DURING |

  Scenario: An unknown trigger event
    Then these triggers exist:
      | table          | trigger                       | events           |
      | trackpay_users | trackpay_users_set_updated_at | UPDATE OR UPSERT |

  Scenario: An unknown privilege
    Then these privileges are granted:
      | object         | role          | privileges   |
      | trackpay_users | authenticated | SELECT, READ |
