@trackpay @schema @critical
Feature: TrackPay tables (seed 000: "Tables Used in TrackPay (8 Total)", Step 3)

  Background:
    Given the database "demo-production"

  Scenario: The 8 TrackPay tables exist in production, and no others match
    Then these tables exist:
      | table                       |
      | trackpay_users              |
      | trackpay_relationships      |
      | trackpay_sessions           |
      | trackpay_payments           |
      | trackpay_requests           |
      | trackpay_activities         |
      | trackpay_invites            |
      | trackpay_relationship_audit |
    And 8 tables match "trackpay_%"
    And exactly these tables match "trackpay_%":
      | table                       |
      | trackpay_users              |
      | trackpay_relationships      |
      | trackpay_sessions           |
      | trackpay_payments           |
      | trackpay_requests           |
      | trackpay_activities         |
      | trackpay_invites            |
      | trackpay_relationship_audit |
    And every table matching "trackpay_%" has a primary key
