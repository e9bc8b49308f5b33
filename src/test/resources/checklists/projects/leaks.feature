# Items that touch secrets in every way: a value returned in clear, an auth secret named in a checklist.
Feature: Project secrets stay secret

  Scenario: A secret both projects returned in clear is compared by its fingerprint
    Then the secret "STAGING_ONLY_KEY" differs between "staging" and "production"

  Scenario: The same, in a list without its header
    Then these secrets differ between "production" and "staging":
      | STAGING_ONLY_KEY |
      | APP_URL          |

  Scenario: An auth secret named in a checklist
    Given the Supabase project "production"
    Then the auth setting "smtp_pass" is "planted-smtp-password"
