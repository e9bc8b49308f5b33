Feature: Security and platform sentences hold on a prepared TrackPay database

  Background:
    Given the database "production"

  Scenario: Every protected table has a policy
    Then every table with row level security enabled has at least one policy

  Scenario: Privileges are granted as listed
    Then these privileges are granted:
      | object                                  | role          | privileges            |
      | trackpay_users                          | authenticated | ALL                   |
      | storage.buckets                         | anon          | SELECT                |
      | storage.buckets                         | service_role  | all                   |
      | delete_client_relationship_safely(uuid) | authenticated | EXECUTE               |
      | handle_updated_at                       | anon          | EXECUTE               |
      | trackpay_counters_id_seq                | authenticated | UPDATE, USAGE, SELECT |
      | handle_updated_at()                     | PUBLIC        | EXECUTE               |

  Scenario: anon holds nothing on payments, the RPC or auth.users
    Then the role "anon" has no privileges on "trackpay_payments"
    And the role "anon" has no privileges on "delete_client_relationship_safely(uuid)"
    And the role "anon" has no privileges on "auth.users"
    And the role "public" has no privileges on "trackpay_users"

  Scenario: Every foreign key is indexed
    Then every foreign key in schema "public" is covered by an index

  Scenario: Triggers exist as written
    Then these triggers exist:
      | table             | trigger                          | timing | events           | function                 | enabled |
      | trackpay_users    | trackpay_users_set_updated_at    | BEFORE | UPDATE           | handle_updated_at()      | yes     |
      | trackpay_sessions | trackpay_sessions_set_updated_at | before | update           | public.handle_updated_at | true    |
      | trackpay_payments | trackpay_payments_audit          | AFTER  | delete, INSERT   | handle_updated_at        |         |
      | trackpay_payments | trackpay_payments_audit          |        | INSERT or DELETE |                          | yes     |

  Scenario: Every trigger fires
    Then every trigger on tables matching "trackpay_%" is enabled

  Scenario: Sequences stand ahead of their columns
    Then every sequence in schema "public" is ahead of its column's highest value

  Scenario: Storage buckets exist
    Then these storage buckets exist:
      | bucket    | public | file size limit | allowed mime types |
      | avatars   | yes    |                 |                    |
      | documents | no     | 10485760        | application/pdf    |
      | avatars   |        | null            | null               |

  Scenario: Scheduled jobs exist
    Then these scheduled jobs exist:
      | job               | schedule    | active |
      | payment-reminders | 0 9 * * *   | no     |
      | cleanup           | */5  * * * * | yes   |
