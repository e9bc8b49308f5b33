-- On top of demo/pesachama.sql: production's whatsapp_api_key was copied from staging.
UPDATE public.invoice_configurations SET config_value = 'demo-360messenger-key-staging' WHERE config_key = 'whatsapp_api_key';
UPDATE public.invoice_configurations SET config_value = 'ops-staging@example.com' WHERE config_key = 'whatsapp_failure_notification_email';
UPDATE public.invoice_configurations SET config_value = 'https://sandbox.360messenger.com' WHERE config_key = 'whatsapp_api_url';
