@trackpay @schema
Feature: TrackPay indexes (seed 000: Step 6.4 "composite indexes on relationships, sessions, etc.")

  Background:
    Given the database "demo-production"

  Scenario: The expected indexes exist
    Then these indexes exist:
      | table                  | index                        | columns                | unique |
      | trackpay_relationships | idx_relationships_provider   | provider_id, client_id | no     |
      | trackpay_relationships | idx_relationships_client     | client_id              | no     |
      | trackpay_sessions      | idx_sessions_provider_client | provider_id, client_id | no     |
      | trackpay_sessions      | idx_sessions_client          | client_id              | no     |
      | trackpay_payments      | idx_payments_session         | session_id             | no     |
      | trackpay_requests      | idx_requests_session         | session_id             | no     |
      | trackpay_activities    | idx_activities_session       | session_id             | no     |
      | trackpay_users         | idx_users_email              | email                  | yes    |
