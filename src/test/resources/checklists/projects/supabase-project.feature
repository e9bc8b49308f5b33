# Seed 001 (Aamodha Operations Portal, production migration guide), sections 3.2 and 3.3, and the target's auth
# settings: what the Supabase Management API answers about the target project beyond its database. Read-only: the
# verifier sends GET requests and nothing else.
#
# It runs in the project's own tests against a local stand-in for the Management API (ProjectChecklistTest), once
# against a target that holds and once against one that drifted. Against real projects, name them and give a token:
#   -Dverify.project.production=supabase:<target-ref> -Dverify.project.staging=supabase:<source-ref>
#   export SUPABASE_ACCESS_TOKEN=sbp_...   (read access is enough)
@project
Feature: Aamodha target project: Edge Functions, secrets and auth settings (seed 001, 3.2 and 3.3)

  Background:
    Given the Supabase project "production"

  @critical
  Scenario: Every production Edge Function is deployed to the target (3.2.1, 3.2.2, 3.2.3)
    Then these Edge Functions are deployed:
      | slug                             | status | verify jwt |
      | whatsapp-send                    | ACTIVE | yes        |
      | whatsapp-retry                   | ACTIVE | yes        |
      | google-drive-token               | ACTIVE | yes        |
      | google-drive-upload              | ACTIVE | yes        |
      | onedrive-token                   | ACTIVE | yes        |
      | onedrive-upload                  | ACTIVE | yes        |
      | database-backup                  | ACTIVE | yes        |
      | cleanup-old-backups              | ACTIVE | yes        |
      | create-user                      | ACTIVE | yes        |
      | simple-create-user               | ACTIVE | yes        |
      | send-welcome-email               | ACTIVE | yes        |
      | send-welcome-email-smtp          | ACTIVE | yes        |
      | send-welcome-email-resend        | ACTIVE | yes        |
      | send-welcome-email-mailgun       | ACTIVE | yes        |
      | send-welcome-email-direct        | ACTIVE | yes        |
      | send-password-reset-email        | ACTIVE | yes        |
      | send-password-reset-email-resend | ACTIVE | yes        |
      | delete-user                      | ACTIVE | yes        |

  @critical
  Scenario: The test-only function stays out of production (3.2.1, note)
    Then the Edge Function "test-create-user" is not deployed

  Scenario: Nothing but the release is deployed (3.2.2: deploy from the repository's list)
    Then exactly these Edge Functions are deployed:
      | slug                             |
      | whatsapp-send                    |
      | whatsapp-retry                   |
      | google-drive-token               |
      | google-drive-upload              |
      | onedrive-token                   |
      | onedrive-upload                  |
      | database-backup                  |
      | cleanup-old-backups              |
      | create-user                      |
      | simple-create-user               |
      | send-welcome-email               |
      | send-welcome-email-smtp          |
      | send-welcome-email-resend        |
      | send-welcome-email-mailgun       |
      | send-welcome-email-direct        |
      | send-password-reset-email        |
      | send-password-reset-email-resend |
      | delete-user                      |

  # DATABASE_URL or SUPABASE_DB_URL: Supabase sets SUPABASE_DB_URL itself. SMTP_* / RESEND_* / MAILGUN_*: per the
  # email provider chosen; this target sends with Resend.
  @critical
  Scenario: The secrets each function needs are set in the target (3.3.2)
    Then these secrets are set:
      | secret                    |
      | SUPABASE_URL              |
      | SUPABASE_SERVICE_ROLE_KEY |
      | SUPABASE_ANON_KEY         |
      | SUPABASE_DB_URL           |
      | GOOGLE_REFRESH_TOKEN      |
      | GOOGLE_CLIENT_ID          |
      | GOOGLE_CLIENT_SECRET      |
      | ONEDRIVE_REFRESH_TOKEN    |
      | ONEDRIVE_CLIENT_ID        |
      | ONEDRIVE_CLIENT_SECRET    |
      | ONEDRIVE_TENANT_ID        |
      | RESEND_API_KEY            |
      | RESEND_FROM_EMAIL         |
      | APP_URL                   |
      | PRODUCTION_APP_URL        |

  # Compared by the digests the API returns: no value is ever read, shown or written.
  @critical
  Scenario: No source value was pasted into the target (3.3.1, 3.3.5, 3.4.1)
    Then the secret "SUPABASE_URL" differs between "staging" and "production"
    And these secrets differ between "staging" and "production":
      | secret                    |
      | SUPABASE_SERVICE_ROLE_KEY |
      | SUPABASE_ANON_KEY         |
      | GOOGLE_REFRESH_TOKEN      |
      | APP_URL                   |

  Scenario: Auth sends users to the new domain (APP_URL of 3.3.2)
    Then the auth setting "site_url" is "https://app.example.com"
    And the auth setting "uri_allow_list" contains "https://app.example.com/**"
    And the auth setting "uri_allow_list" does not contain "http://localhost:3000"
    And the auth setting "smtp_admin_email" is "no-reply@example.com"

  Scenario: The target's database runs PostgreSQL 15 or later (1.4, 3.2.3)
    Then the project's database is PostgreSQL 15 or later
