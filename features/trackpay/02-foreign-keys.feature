@trackpay @schema @critical
Feature: TrackPay foreign key delete rules (seed 000: "Verify FK Constraints Are Correct", Step 4, Step 6.1)

  Scenario Outline: The expected FK constraints hold in <database>
    Given the database "<database>"
    Then these foreign keys exist:
      | table                  | columns     | references        | on delete |
      | trackpay_sessions      | client_id   | trackpay_users    | RESTRICT  |
      | trackpay_sessions      | provider_id | trackpay_users    | RESTRICT  |
      | trackpay_relationships | client_id   | trackpay_users    | RESTRICT  |
      | trackpay_relationships | provider_id | trackpay_users    | RESTRICT  |
      | trackpay_payments      |             | trackpay_users    | RESTRICT  |
      | trackpay_payments      | session_id  | trackpay_sessions | RESTRICT  |
      | trackpay_requests      |             | trackpay_users    | RESTRICT  |
      | trackpay_requests      | session_id  | trackpay_sessions | SET NULL  |
      | trackpay_activities    |             | trackpay_users    | RESTRICT  |
      | trackpay_activities    | session_id  | trackpay_sessions | SET NULL  |
      | trackpay_invites       | client_id   | trackpay_users    | CASCADE   |
      | trackpay_invites       | provider_id | trackpay_users    | CASCADE   |
      | trackpay_invites       | claimed_by  | trackpay_users    | SET NULL  |
    And every foreign key from "trackpay_payments" has delete rule RESTRICT
    And every foreign key from "trackpay_relationships" has delete rule RESTRICT
    And every foreign key from "trackpay_sessions" has delete rule RESTRICT
    And no foreign key referencing "trackpay_users" has delete rule CASCADE, except:
      | table            | columns     |
      | trackpay_invites | client_id   |
      | trackpay_invites | provider_id |

    Examples:
      | database        |
      | demo-staging    |
      | demo-production |
