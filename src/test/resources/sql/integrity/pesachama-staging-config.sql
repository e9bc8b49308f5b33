-- On top of demo/pesachama.sql: a staging whose environment-specific values were set apart from
-- production's, except two that were copied over (whatsapp_api_key, invoice_folder_path) and one
-- that is missing (backup_folder_path).
UPDATE public.invoice_configurations SET config_value = 'demo-360messenger-key-staging' WHERE config_key = 'whatsapp_api_key';
UPDATE public.invoice_configurations SET config_value = 'ops-staging@example.com' WHERE config_key = 'whatsapp_failure_notification_email';
UPDATE public.invoice_configurations SET config_value = 'https://sandbox.360messenger.com' WHERE config_key = 'whatsapp_api_url';
DELETE FROM public.invoice_configurations WHERE config_key = 'backup_folder_path';
