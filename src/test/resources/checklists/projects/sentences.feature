# Project sentences that cannot be checked as written: each says what to write instead.
Feature: Project sentences without their Given, with bad arguments, against projects nobody configured

  Scenario: A project sentence with no project chosen
    Then the Edge Function "test-create-user" is not deployed

  Scenario: A database sentence in a project-only scenario
    Given the Supabase project "production"
    Then the table "trackpay_users" exists

  Scenario: A project nobody configured
    Given the Supabase project "uat"
    Then the Edge Function "test-create-user" is not deployed

  Scenario: An unknown status
    Given the Supabase project "production"
    Then these Edge Functions are deployed:
      | slug          | status   |
      | whatsapp-send | DEPLOYED |

  Scenario: An unknown column
    Given the Supabase project "production"
    Then these Edge Functions are deployed:
      | slug          | runtime |
      | whatsapp-send | deno    |

  Scenario: A version that is no number
    Given the Supabase project "production"
    Then these Edge Functions are deployed:
      | slug          | version  |
      | whatsapp-send | 99999999999999999999 |

  Scenario: A table without rows
    Given the Supabase project "production"
    Then these Edge Functions are deployed:
      | slug |

  Scenario: An auth setting that holds a secret
    Given the Supabase project "production"
    Then the auth setting "smtp_pass" is "hunter2-in-a-checklist"

  Scenario: An auth setting with a hostile name
    Given the Supabase project "production"
    Then the auth setting "site_url'; drop table auth.users; --" is "x"

  Scenario: A function with a hostile slug is looked up, never sent
    Given the Supabase project "production"
    Then the Edge Function "../../../v1/organizations?x=1;DELETE" is not deployed

  Scenario: Every item in the right words passes with the right versions
    Given the Supabase project "production"
    Then these Edge Functions are deployed:
      | SLUG          | Verify_JWT | Version | status |
      | whatsapp-send | true       | 3       | active |
      | delete-user   |            |         |        |
