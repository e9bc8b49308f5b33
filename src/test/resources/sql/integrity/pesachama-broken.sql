-- On top of demo/pesachama.sql: the data a careless load leaves behind (pg_dump --data-only
-- --disable-triggers skips foreign keys, exactly what seed 002's integrity script looks for).
-- Planted, one of each kind the checklist names:
--   2 chama_members whose chama is missing (orphans)
--   2 transactions with amount <= 0 (0.00 and -50.00)
--   1 transaction updated before it was created
--   1 user with an email that is not an address, 1 user with no email (NULL: not checked by the pattern)
--   1 active user reusing an active user's email (a duplicate where deleted_at is null)
--   storage_provider is onedrive, backup_folder_path is missing
SET session_replication_role = replica;

ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;
DROP INDEX public.users_email_active_key;

INSERT INTO public.users (id, email, phone, first_name, last_name, created_at, deleted_at) VALUES
  ('a0000000-0000-4000-8000-000000000007', 'not-an-email',         '+254712000007', 'Baraka', 'Mwangi', '2025-04-01 08:00:00+00', NULL),
  ('a0000000-0000-4000-8000-000000000008', NULL,                   '+254712000008', 'Zawadi', 'Kirui',  '2025-04-01 08:00:00+00', NULL),
  ('a0000000-0000-4000-8000-000000000009', 'otieno@pesachama.app', '+254712000009', 'Otieno', 'Ouma',   '2025-04-01 08:00:00+00', NULL);

INSERT INTO public.chama_members (id, chama_id, user_id, role, joined_at) VALUES
  ('c0000000-0000-4000-8000-000000000008', 'b0000000-0000-4000-8000-00000000000f', 'a0000000-0000-4000-8000-000000000001', 'member', '2025-04-01 08:00:00+00'),
  ('c0000000-0000-4000-8000-000000000009', 'b0000000-0000-4000-8000-00000000000e', 'a0000000-0000-4000-8000-000000000002', 'member', '2025-04-01 08:00:00+00');

INSERT INTO public.transactions (id, chama_id, user_id, type, amount, status, created_at, updated_at) VALUES
  ('d0000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'contribution',   0.00, 'completed', '2025-04-01 08:00:00+00', '2025-04-01 08:00:00+00'),
  ('d0000000-0000-4000-8000-000000000012', 'b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'repayment',    -50.00, 'completed', '2025-04-01 09:00:00+00', '2025-04-01 09:00:00+00'),
  ('d0000000-0000-4000-8000-000000000013', 'b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003', 'contribution', 700.00, 'completed', '2025-04-02 08:00:00+00', '2025-04-01 08:00:00+00');

UPDATE public.invoice_configurations SET config_value = 'onedrive' WHERE config_key = 'storage_provider';
DELETE FROM public.invoice_configurations WHERE config_key = 'backup_folder_path';

RESET session_replication_role;
