@examples @platform
Feature: Triggers and storage buckets on the TrackPay demo

  Not shown here because the demo cannot pass them:
  "every sequence in schema "public" is ahead of its column's highest value" (the demo keys
  are uuids: it has no sequences, and a check over nothing fails rather than passing by
  accident) and "these scheduled jobs exist:" (the embedded PostgreSQL has no pg_cron, and the
  step fails saying so). Both are proven by the project's own tests.

  Background:
    Given the database "demo-production"

  Scenario: The updated_at triggers exist and fire
    Then these triggers exist:
      | table             | trigger                          | timing | events | function            | enabled |
      | trackpay_users    | trackpay_users_set_updated_at    | BEFORE | UPDATE | handle_updated_at() | yes     |
      | trackpay_sessions | trackpay_sessions_set_updated_at | BEFORE | UPDATE | handle_updated_at() | yes     |
    And every trigger on tables matching "trackpay_%" is enabled

  Scenario: The storage buckets exist as the app expects them
    Then these storage buckets exist:
      | bucket    | public | file size limit | allowed mime types |
      | avatars   | yes    |                 |                    |
      | documents | no     | 10485760        | application/pdf    |
